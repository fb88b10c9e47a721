import { useLive } from '../../data/useLive';
import { useServices } from '../services/servicesContext';

/** Whether the demo court is loaded on this device (shown as a banner so it is never taken for real). */
export function useIsDemo(): boolean {
  const { repos } = useServices();
  return useLive(() => repos.meta.isDemoLoaded(), [repos], false);
}
