import type { Asset } from '../assets/asset';
import type { Attachment } from './attachment';
import type { Incident } from './incident';
import { isNotBlank } from './isNotBlank';
import type { Visit } from './visit';

/** The legal-sufficiency checks a team lead runs on a visit log before approving it. */
export const CHECKLIST_ITEMS = [
  'twoOfficers',
  'startAndEnd',
  'sealedItemsDocumented',
  'signatureOrRefusal',
  'incidentMeasures',
  'photosUploaded',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** One evaluated check: passed or not, and what it is about (the items or photos that fail it). */
export type ChecklistResult = { item: ChecklistItem; isMet: boolean; details: string[] };

export type ChecklistInput = {
  visit: Visit;
  incidents: readonly Incident[];
  /** The ledger rows recorded on this visit. */
  assets: readonly Asset[];
  attachments: readonly Attachment[];
  /** Whether the court server has a photo's bytes (null: not known yet, e.g. offline). */
  isBlobUploaded: (sha256: string) => boolean | null;
};

const isSealed = (a: Asset) => a.measure.kind === 'live_seal' || a.measure.kind === 'full_seal';
const assetName = (a: Asset) => ('name' in a && a.name ? a.name : a.id);

/**
 * Evaluates the checklist from the data, so the lead sees at once what a record lacks: at least two
 * officers on site (two officers must conduct an on-site measure), start and end time, a custodian and a
 * seal photo for every sealed item, the enterprise's signature or the recorded refusal, measures for every
 * obstruction incident, and every photo's bytes on the court server.
 */
export function reviewChecklist(input: ChecklistInput): ChecklistResult[] {
  const { visit, incidents, assets, attachments } = input;
  const sealed = assets.filter((a) => a.visitId === visit.id && isSealed(a));
  const photosOf = (assetId: string) =>
    attachments.filter(
      (p) => p.entity === 'asset' && p.entityId === assetId && p.mediaType.startsWith('image/'),
    );
  const sealGaps = sealed.filter((a) => !isNotBlank(a.measure.custodian) || photosOf(a.id).length === 0);
  const signature = visit.signature;
  const missingBlobs = attachments.filter((p) => input.isBlobUploaded(p.sha256) !== true);
  return [
    {
      item: 'twoOfficers',
      isMet: visit.officersPresent.length >= 2,
      details: visit.officersPresent.map((o) => o.name),
    },
    { item: 'startAndEnd', isMet: visit.endedAt !== null, details: [] },
    { item: 'sealedItemsDocumented', isMet: sealGaps.length === 0, details: sealGaps.map(assetName) },
    {
      item: 'signatureOrRefusal',
      isMet: signature.signedBy !== null || (signature.refusedToSign && isNotBlank(signature.refusalNote)),
      details: [],
    },
    {
      item: 'incidentMeasures',
      isMet: incidents.every((i) => i.measures.length > 0),
      details: incidents.filter((i) => i.measures.length === 0).map((i) => i.id),
    },
    {
      item: 'photosUploaded',
      isMet: missingBlobs.length === 0,
      details: missingBlobs.map((p) => p.fileName),
    },
  ];
}
