import { Center, Loader } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { Writer } from '../../data/session/Writer';
import { useLive } from '../../data/useLive';
import { useServices } from '../services/servicesContext';
import { WriterContext } from './writerContext';

/**
 * Reads who writes on this device from its one home (the session repository, live: a sign-in, sign-out
 * or token refresh shows at once) and holds the app until it is known, so no edit is ever stamped before
 * its author is.
 */
export function WriterGate({ children }: { children: ReactNode }) {
  const { repos } = useServices();
  const read = useLive(() => repos.session.writer(), [repos]);
  // A token refresh rewrites the session: keep the value (and every consumer) as it was unless it changed.
  const key = read ? JSON.stringify(read) : null;
  const writer = useMemo(() => (key ? (JSON.parse(key) as Writer) : null), [key]);
  if (!writer) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return <WriterContext.Provider value={writer}>{children}</WriterContext.Provider>;
}
