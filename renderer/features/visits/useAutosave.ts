import { useCallback, useEffect, useRef, useState } from 'react';
import { appClock } from '../../../shared/time/appClock';

/** The save state shown beside an autosaved form. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

/** Every mounted autosave's flush, so a step that ends editing (submit) can save everything first. */
const mounted = new Set<() => Promise<void>>();

/** Saves whatever every autosaved form on screen still holds; resolves when all saves have finished. */
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...mounted].map((flush) => flush()));
}

/** Longest pause between a keystroke and its save: one burst of typing becomes one mutation. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Debounced autosave of field patches. `queue` merges a patch into what is waiting (later values of a field
 * win) and saves it `AUTOSAVE_DELAY_MS` after the last change, so a burst of typing is ONE write with one
 * outbox mutation; `flush` saves at once (blur, submit). Saves run one at a time, in order. The page
 * hiding (tab switch, window closing) and the form unmounting flush too. A failed save keeps its fields
 * waiting under anything typed since, and reports the message; the form keeps what was typed.
 */
export function useAutosave<P extends object>(
  save: (patch: Partial<P>) => Promise<void>,
  describeError: (error: unknown) => string,
) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const pending = useRef<Partial<P> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  const describeRef = useRef(describeError);
  useEffect(() => {
    saveRef.current = save;
    describeRef.current = describeError;
  });

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(async () => {
      const patch = pending.current;
      if (patch === null) return;
      pending.current = null;
      setStatus({ kind: 'saving' });
      try {
        await saveRef.current(patch);
        setStatus(pending.current === null ? { kind: 'saved', at: appClock.date() } : { kind: 'pending' });
      } catch (error) {
        // Keep the failed fields, but never over something typed after them.
        pending.current = { ...patch, ...(pending.current ?? {}) };
        setStatus({ kind: 'failed', message: describeRef.current(error) });
      }
    });
    return chain.current;
  }, []);

  const queue = useCallback(
    (patch: Partial<P>) => {
      pending.current = { ...(pending.current ?? {}), ...patch };
      // Same object while already pending: a keystroke must not re-render the page around the form.
      setStatus((s) => (s.kind === 'pending' ? s : { kind: 'pending' }));
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    mounted.add(flush);
    return () => {
      mounted.delete(flush);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { status, queue, flush };
}
