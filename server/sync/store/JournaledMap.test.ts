import { describe, expect, it } from 'vitest';
import { JournaledMap } from './JournaledMap';

describe('JournaledMap', () => {
  it('rolls back sets and deletes to a mark, newest first, and keeps what came before it', () => {
    const map = new JournaledMap<string, number>();
    map.set('a', 1);
    const mark = map.mark();
    map.set('a', 2);
    map.set('b', 3);
    map.delete('a');
    map.set('a', 4);
    expect([...map.entries()]).toEqual([
      ['b', 3],
      ['a', 4],
    ]);
    map.rollbackTo(mark);
    expect([...map.entries()]).toEqual([['a', 1]]);
    expect(map.has('b')).toBe(false);
  });

  it('rolls back nested marks one after another', () => {
    const map = new JournaledMap<string, number>();
    const outer = map.mark();
    map.set('x', 1);
    const inner = map.mark();
    map.set('x', 2);
    map.rollbackTo(inner);
    expect(map.get('x')).toBe(1);
    map.set('y', 5);
    map.rollbackTo(outer);
    expect(map.size).toBe(0);
  });
});
