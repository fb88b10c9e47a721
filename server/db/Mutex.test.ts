import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Mutex } from './Mutex';

describe('Mutex', () => {
  it('runs callers one at a time, in arrival order, even when one fails', async () => {
    const mutex = new Mutex();
    const events: string[] = [];
    const job = (name: string, ms: number, isFailing = false) =>
      mutex.run(async () => {
        events.push(`${name}:start`);
        await sleep(ms);
        events.push(`${name}:end`);
        if (isFailing) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job('a', 20), job('b', 5, true), job('c', 1)]);
    expect(events).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
