import { describe, expect, it } from 'vitest';
import { saveErrorField } from './saveErrorField';

describe('saveErrorField', () => {
  it('shows the closing-date refusals on the date, anything else on the closing mode', () => {
    expect(saveErrorField('case.closedBeforeAccepted')).toBe('closedOn');
    expect(saveErrorField('case.closedOnMismatch')).toBe('closedOn');
    expect(saveErrorField('case.closingModeMismatch')).toBe('closingMode');
  });
});
