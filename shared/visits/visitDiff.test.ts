import { describe, expect, it } from 'vitest';
import type { Json } from '../sync/mutation';
import { makeVisit } from './testing/makeVisit';
import { visitDiff } from './visitDiff';

describe('visitDiff', () => {
  it('lists the fields changed since the review, ignoring the state', () => {
    const reviewed = makeVisit({ state: 'submitted' }) as unknown as Record<string, Json>;
    const now = makeVisit({ state: 'resubmitted', findings: '补充了铭牌编号', workforceSeen: 15 });
    expect(visitDiff(reviewed, now)).toEqual([
      { field: 'workforceSeen', before: 12, after: 15 },
      { field: 'findings', before: makeVisit().findings, after: '补充了铭牌编号' },
    ]);
    expect(visitDiff(reviewed, makeVisit({ state: 'resubmitted' }))).toEqual([]);
  });
});
