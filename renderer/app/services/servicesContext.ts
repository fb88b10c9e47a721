import { createContext, useContext } from 'react';
import type { AppServices } from './AppServices';

export const ServicesContext = createContext<AppServices | null>(null);

/** The app's services; only valid below the boot screen. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices used outside ServicesContext');
  return services;
}
