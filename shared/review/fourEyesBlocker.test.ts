import { describe, expect, it } from 'vitest';
import { fourEyesBlocker } from './fourEyesBlocker';

describe('fourEyesBlocker', () => {
  const base = {
    reviewerId: 'lead',
    recorderIds: ['officer-1'],
    officersPresent: [{ userId: 'officer-1' }, { userId: 'officer-2' }],
    isRequired: true,
  };

  it('lets a lead decide a visit others recorded and attended', () => {
    expect(fourEyesBlocker(base)).toBeNull();
  });

  it('refuses the lead who recorded the visit, even when also present (recording named first)', () => {
    expect(fourEyesBlocker({ ...base, recorderIds: ['officer-1', 'lead'] })).toBe(
      'fourEyes.recordedByReviewer',
    );
    expect(fourEyesBlocker({ ...base, recorderIds: ['lead'], officersPresent: [{ userId: 'lead' }] })).toBe(
      'fourEyes.recordedByReviewer',
    );
  });

  it('refuses the lead who was present on site', () => {
    expect(fourEyesBlocker({ ...base, officersPresent: [...base.officersPresent, { userId: 'lead' }] })).toBe(
      'fourEyes.reviewerWasPresent',
    );
  });

  it('allows all of it only when the court turned the rule off', () => {
    expect(
      fourEyesBlocker({
        ...base,
        recorderIds: ['lead'],
        officersPresent: [{ userId: 'lead' }],
        isRequired: false,
      }),
    ).toBeNull();
  });
});
