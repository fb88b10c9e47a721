import { describe, expect, it } from 'vitest';
import type { Attachment } from './attachment';
import { submitChecklistWarnings } from './submitChecklistWarnings';
import { makeIncident } from './testing/makeIncident';
import { makeVisit } from './testing/makeVisit';

const photo: Attachment = {
  id: 'p1',
  caseId: 'c1',
  visitId: 'v1',
  entity: 'visit',
  entityId: 'v1',
  sha256: 'b'.repeat(64),
  size: 10,
  mediaType: 'image/jpeg',
  fileName: 'gate.jpg',
  capturedAt: '2025-06-03T10:00:00+08:00',
  thumbnail: null,
};

describe('submitChecklistWarnings', () => {
  it('names the checks the lead will see unmet, with what fails them', () => {
    const visit = makeVisit({
      endedAt: '2025-06-03T11:00:00+08:00',
      officersPresent: [{ userId: 'u1', name: '王建国' }],
    });
    const warnings = submitChecklistWarnings({
      visit,
      incidents: [makeIncident({ id: 'i1', measures: [] })],
      assets: [],
      attachments: [photo],
    });
    expect(warnings.map((w) => [w.item, w.details])).toEqual([
      ['twoOfficers', ['王建国']],
      ['signatureOrRefusal', []],
      ['incidentMeasures', ['i1']],
    ]);
  });

  it('is empty for a record that meets every check, photos not yet uploaded included', () => {
    const visit = makeVisit({
      endedAt: '2025-06-03T11:00:00+08:00',
      signature: { signedBy: '张强', refusedToSign: false, refusalNote: '' },
    });
    expect(submitChecklistWarnings({ visit, incidents: [], assets: [], attachments: [photo] })).toEqual([]);
  });
});
