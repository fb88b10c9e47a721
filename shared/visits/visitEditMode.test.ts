import { describe, expect, it } from 'vitest';
import { visitEditMode } from './visitEditMode';

describe('visitEditMode', () => {
  it('edits drafts and returned visits in place, locks them in review, and amends approved records', () => {
    expect(visitEditMode('draft')).toBe('edit');
    expect(visitEditMode('returned')).toBe('edit');
    expect(visitEditMode('submitted')).toBe('locked');
    expect(visitEditMode('resubmitted')).toBe('locked');
    expect(visitEditMode('approved')).toBe('amend');
    expect(visitEditMode('amended')).toBe('amend');
  });
});
