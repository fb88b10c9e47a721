import { describe, expect, it } from 'vitest';
import { VISIT_TRANSITIONS, canTransition, transitionsFrom } from './canTransition';
import { VISIT_STATES, type VisitState } from './visitState';

describe('canTransition', () => {
  it.each([
    ['draft', 'submitted'],
    ['submitted', 'returned'],
    ['submitted', 'approved'],
    ['returned', 'resubmitted'],
    ['resubmitted', 'returned'],
    ['resubmitted', 'approved'],
    ['approved', 'amended'],
    ['amended', 'approved'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ['draft', 'approved'],
    ['draft', 'returned'],
    ['returned', 'approved'],
    ['returned', 'submitted'],
    ['approved', 'draft'],
    ['approved', 'returned'],
    ['approved', 'submitted'],
    ['amended', 'returned'],
    ['submitted', 'draft'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('never allows staying in place or going back to draft', () => {
    for (const s of VISIT_STATES) {
      expect(canTransition(s, s)).toBe(false);
      expect(canTransition(s, 'draft')).toBe(false);
    }
  });

  it('reaches every state from draft, and leaves approved only through an amendment', () => {
    const reached = new Set<VisitState>(['draft']);
    for (let grew = true; grew;) {
      grew = false;
      for (const t of VISIT_TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...VISIT_STATES].sort());
    expect(transitionsFrom('approved').map((t) => t.to)).toEqual(['amended']);
  });

  it('lets only the reviewer approve or return, and only the author submit or amend', () => {
    for (const t of VISIT_TRANSITIONS) {
      const byReviewer = t.to === 'approved' || t.to === 'returned';
      expect(t.by, `${t.from} → ${t.to}`).toBe(byReviewer ? 'reviewer' : 'author');
    }
  });
});
