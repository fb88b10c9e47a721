import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from './debouncer';

describe('createDebouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs only the last task of a burst, once, after the pause', () => {
    const d = createDebouncer(400);
    const runs: string[] = [];
    for (const text of ['数', '数控', '数控车床']) d.schedule('a:name', () => runs.push(text));
    vi.advanceTimersByTime(399);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['数控车床']);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['数控车床']);
  });

  it('flushes a key at once, and nothing runs twice', () => {
    const d = createDebouncer(400);
    const runs: string[] = [];
    d.schedule('a', () => runs.push('a'));
    d.schedule('b', () => runs.push('b'));
    d.flush('a');
    expect(runs).toEqual(['a']);
    expect(d.has('a')).toBe(false);
    d.flushAll();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['a', 'b']);
  });

  it('cancels without running', () => {
    const d = createDebouncer(400);
    const runs: string[] = [];
    d.schedule('a', () => runs.push('a'));
    d.cancel('a');
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([]);
  });
});
