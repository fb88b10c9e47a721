import { useEffect } from 'react';
import { appClock } from '../../../shared/time/appClock';

/** How often idleness is checked: a lock comes at most this late. */
const CHECK_EVERY_MS = 5_000;
/** What counts as the officer being there. A sync, a timer or a live query does not. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `lock` once `idleMs` has passed without keyboard or pointer input (time from appClock, so a test's
 * clock can move it). `idleMs` null: never (the demo court has nothing to lock).
 */
export function useIdleLock(idleMs: number | null, lock: () => void): void {
  useEffect(() => {
    if (idleMs === null) return undefined;
    let lastInput = appClock.now();
    const onInput = () => {
      lastInput = appClock.now();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (appClock.now() - lastInput >= idleMs) lock();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [idleMs, lock]);
}
