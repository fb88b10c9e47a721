import { createContext, useContext } from 'react';
import type { Writer } from '../../data/session/Writer';

export const WriterContext = createContext<Writer | null>(null);

/**
 * Who writes on this device (the officer and their device id), read live from its one home by
 * WriterGate. Only valid below it.
 */
export function useWriter(): Writer {
  const writer = useContext(WriterContext);
  if (!writer) throw new Error('useWriter used outside WriterGate');
  return writer;
}
