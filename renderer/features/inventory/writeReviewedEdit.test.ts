import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import { makeMachinery, measureOf } from '../../../shared/assets/testing/makeAsset';
import { outstandingFen } from '../../../shared/domain/case';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { makeCase } from '../../data/testing/makeCase';
import { writeReviewedEdit, type ExceedQuestion, type ReviewedEditSteps } from './writeReviewedEdit';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
const SEAL = { measure: measureOf('live_seal') };
// makeCase: 100,000 + 5,000 + 1,200 yuan owed, nothing recovered.
const OWED = outstandingFen(makeCase(1));
let repos: Repositories;

/** The case's ledger: an 80,000-yuan lathe already sealed, and a second machine worth `valueFen`, not. */
async function ledgerWithSecondMachine(valueFen: number, overrides: Partial<MachineryAsset> = {}) {
  await repos.assets.createMany(ctx, [
    makeMachinery({ id: 'm1', caseId: 'case-1', visitId: 'v1', serialNumber: 'SN-1', ...SEAL }),
    makeMachinery({
      id: 'm2',
      caseId: 'case-1',
      visitId: 'v1',
      serialNumber: 'SN-2',
      valuation: { valueFen, method: 'estimate', date: '2025-06-03' },
      ...overrides,
    }),
  ]);
}

/** Reviews and writes an edit of a stored row through the real asset repository. */
async function edit(
  rowId: string,
  patch: Partial<MachineryAsset>,
  answer: (question: ExceedQuestion) => Promise<boolean>,
) {
  const row = await repos.assets.get(rowId);
  if (row?.class !== 'machinery') throw new Error(`no machine ${rowId}`);
  const writes: string[] = [];
  const steps: ReviewedEditSteps = {
    confirmExceed: answer,
    async write(id, reviewed) {
      writes.push(id);
      await repos.assets.update(ctx, id, reviewed);
    },
  };
  const outcome = await writeReviewedEdit(row, patch, await repos.assets.listForCase('case-1'), OWED, steps);
  return { outcome, writes };
}

const measurePatches = async (id: string) =>
  (await repos.outbox.forEntity(id)).filter((m) => m.op === 'patch' && 'measure' in m.changes);
const measureKind = async (id: string) => (await repos.assets.get(id))?.measure.kind;

/** An answer that must never be asked for. */
const notAsked = async (question: ExceedQuestion): Promise<boolean> => {
  throw new Error(`asked about ${question.rowId} although the claim is not passed`);
};

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`row-edits-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1)], null);
  await repos.visits.create(ctx, makeVisit({ id: 'v1', caseId: 'case-1' }));
});

describe('writeReviewedEdit (rule 3: warn before the claim is exceeded)', () => {
  it('asks before a seal that would pass the claim, with the figures, while nothing is written yet', async () => {
    await ledgerWithSecondMachine(5_000_000);
    const questions: ExceedQuestion[] = [];
    const { outcome } = await edit('m2', SEAL, async (question) => {
      questions.push(question);
      // Asked BEFORE the write: the machine is still unsealed in storage, no patch is in the outbox.
      expect(await measureKind('m2')).toBe('none');
      expect(await measurePatches('m2')).toEqual([]);
      return true;
    });
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({
      rowId: 'm2',
      candidate: { id: 'm2', measure: { kind: 'live_seal' } },
      check: {
        warning: 'asset.wouldExceedClaim',
        before: { valueUnderMeasureFen: 8_000_000 },
        after: { valueUnderMeasureFen: 13_000_000 },
        excessFen: 13_000_000 - OWED,
      },
    });
    expect(outcome).toEqual({ kind: 'written', notice: null });
  });

  it('writes the seal once the officer confirms: stored and one patch mutation in the outbox', async () => {
    await ledgerWithSecondMachine(5_000_000);
    const { outcome, writes } = await edit('m2', SEAL, async () => true);
    expect(outcome.kind).toBe('written');
    expect(writes).toEqual(['m2']);
    expect(await measureKind('m2')).toBe('live_seal');
    const patches = await measurePatches('m2');
    expect(patches).toHaveLength(1);
    expect(patches[0]!.changes.measure).toMatchObject({ from: { kind: 'none' }, to: { kind: 'live_seal' } });
  });

  it('writes nothing when the officer declines: the row stays unsealed, the outbox has no patch', async () => {
    await ledgerWithSecondMachine(5_000_000);
    const { outcome, writes } = await edit('m2', SEAL, async () => false);
    expect(outcome).toEqual({ kind: 'declined' });
    expect(writes).toEqual([]);
    expect(await measureKind('m2')).toBe('none');
    expect(await measurePatches('m2')).toEqual([]);
  });

  it('asks too when a higher valuation of a sealed machine would pass the claim, and keeps the old one if declined', async () => {
    await ledgerWithSecondMachine(1_000_000, SEAL);
    const valuation = { valueFen: 4_000_000, method: 'appraisal' as const, date: '2025-06-10' };
    const { outcome } = await edit('m2', { valuation }, async (question) => {
      expect(question.check.excessFen).toBe(12_000_000 - OWED);
      return false;
    });
    expect(outcome.kind).toBe('declined');
    expect((await repos.assets.get('m2'))?.valuation?.valueFen).toBe(1_000_000);
  });

  it('writes without asking while the claim is not passed, noting when the meter reaches 90%', async () => {
    await ledgerWithSecondMachine(2_000_000);
    const { outcome } = await edit('m2', SEAL, notAsked);
    expect(outcome).toEqual({ kind: 'written', notice: 'asset.wouldApproachClaim' });
    expect(await measureKind('m2')).toBe('live_seal');
    expect(await measurePatches('m2')).toHaveLength(1);
  });

  it('writes nothing and asks nothing for an edit that changes nothing', async () => {
    await ledgerWithSecondMachine(5_000_000);
    const { outcome, writes } = await edit('m2', { measure: measureOf('none') }, notAsked);
    expect(outcome).toEqual({ kind: 'unchanged' });
    expect(writes).toEqual([]);
    expect(await repos.outbox.forEntity('m2')).toHaveLength(1);
  });

  it('holds a third party’s machine for a justification before any question of the claim (rule 2)', async () => {
    await ledgerWithSecondMachine(5_000_000, { ownerClass: 'third_party' });
    const { outcome, writes } = await edit('m2', SEAL, notAsked);
    expect(outcome).toMatchObject({
      kind: 'needsJustification',
      candidate: { measure: { kind: 'live_seal' } },
    });
    expect(writes).toEqual([]);
    expect(await measureKind('m2')).toBe('none');
  });
});
