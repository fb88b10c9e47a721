import { describe, expect, it } from 'vitest';
import type { Asset } from '../assets/asset';
import type { Attachment } from './attachment';
import { reviewChecklist } from './reviewChecklist';
import { makeIncident } from './testing/makeIncident';
import { makeVisit } from './testing/makeVisit';

const photo = (overrides: Partial<Attachment> = {}): Attachment => ({
  id: 'p1',
  caseId: 'c1',
  visitId: 'v1',
  entity: 'asset',
  entityId: 'm1',
  sha256: 'a'.repeat(64),
  size: 10,
  mediaType: 'image/jpeg',
  fileName: 'seal.jpg',
  capturedAt: '2025-06-03T10:00:00+08:00',
  thumbnail: null,
  ...overrides,
});

const sealedMachine = (custodian: string) =>
  ({
    id: 'm1',
    caseId: 'c1',
    visitId: 'v1',
    class: 'machinery',
    name: '数控机床',
    measure: { kind: 'live_seal', sealNoticeNumber: '封字 1 号', custodian },
  }) as unknown as Asset;

const met = (results: ReturnType<typeof reviewChecklist>) =>
  Object.fromEntries(results.map((r) => [r.item, r.isMet]));

describe('reviewChecklist', () => {
  it('passes a complete record', () => {
    const visit = makeVisit({
      endedAt: '2025-06-03T11:00:00+08:00',
      signature: { signedBy: '张强', refusedToSign: false, refusalNote: '' },
    });
    const r = reviewChecklist({
      visit,
      incidents: [makeIncident()],
      assets: [sealedMachine('张强')],
      attachments: [photo()],
      isBlobUploaded: () => true,
    });
    expect(Object.values(met(r)).every(Boolean)).toBe(true);
  });

  it('names what a record lacks', () => {
    const visit = makeVisit({ officersPresent: [{ userId: 'u1', name: '王建国' }] });
    const r = reviewChecklist({
      visit,
      incidents: [makeIncident({ measures: [] })],
      assets: [sealedMachine('')],
      attachments: [photo({ entityId: 'other', fileName: 'gate.jpg' })],
      isBlobUploaded: () => null,
    });
    expect(met(r)).toEqual({
      twoOfficers: false,
      startAndEnd: false,
      sealedItemsDocumented: false,
      signatureOrRefusal: false,
      incidentMeasures: false,
      photosUploaded: false,
    });
    expect(r.find((x) => x.item === 'sealedItemsDocumented')!.details).toEqual(['数控机床']);
    expect(r.find((x) => x.item === 'photosUploaded')!.details).toEqual(['gate.jpg']);
  });

  it('accepts a recorded refusal to sign only with its note', () => {
    const refused = (note: string) =>
      met(
        reviewChecklist({
          visit: makeVisit({ signature: { signedBy: null, refusedToSign: true, refusalNote: note } }),
          incidents: [],
          assets: [],
          attachments: [],
          isBlobUploaded: () => true,
        }),
      ).signatureOrRefusal;
    expect(refused('厂长拒绝签名，已录像')).toBe(true);
    expect(refused('  ')).toBe(false);
  });
});
