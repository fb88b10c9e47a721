import { describe, expect, it } from 'vitest';
import { claimSingleInstance } from './singleInstance';
import type { FocusableWindow, SingleInstanceApp } from './singleInstance';

function fakeApp(hasLock: boolean) {
  let onSecondInstance: (() => void) | undefined;
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => hasLock,
    on(_event, listener) {
      onSecondInstance = listener;
    },
  };
  return { app, launchAgain: () => onSecondInstance?.() };
}

function fakeWindow(state: { isMinimized: boolean; isDestroyed?: boolean }) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => state.isDestroyed ?? false,
    isMinimized: () => state.isMinimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window, calls };
}

describe('claimSingleInstance', () => {
  it('tells the second instance to quit', () => {
    const { app, launchAgain } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(launchAgain).not.toThrow();
  });

  it('brings the running window forward when launched again', () => {
    const { app, launchAgain } = fakeApp(true);
    const { window, calls } = fakeWindow({ isMinimized: true });
    expect(claimSingleInstance(app, () => window)).toBe(true);
    launchAgain();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('does not restore a window that is not minimised, and ignores a missing or destroyed one', () => {
    const { app, launchAgain } = fakeApp(true);
    const open = fakeWindow({ isMinimized: false });
    const destroyed = fakeWindow({ isMinimized: true, isDestroyed: true });
    let current: FocusableWindow | null = null;
    claimSingleInstance(app, () => current);
    launchAgain();
    current = destroyed.window;
    launchAgain();
    current = open.window;
    launchAgain();
    expect(destroyed.calls).toEqual([]);
    expect(open.calls).toEqual(['show', 'focus']);
  });
});
