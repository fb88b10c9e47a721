import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistOverride } from '../../../shared/visits/checklistOverride';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { InvalidDataError } from '../errors';
import { makeCase } from '../testing/makeCase';

const officer = { userId: 'officer-1', deviceId: 'device-1' };
const lead = { userId: 'lead-1', deviceId: 'device-2' };
const reviewer = { userId: 'lead-1', name: '赵组长' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`reviews-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1)], null);
  await repos.visits.create(
    officer,
    makeVisit({ id: 'v1', caseId: 'case-1', endedAt: '2025-06-03T11:00:00+08:00' }),
  );
  await repos.visits.transition(officer, 'v1', 'submitted');
});

const decide = (decision: 'returned' | 'approved', comments = [{ target: 'findings', text: '请补充铭牌' }]) =>
  repos.reviews.decide(lead, {
    id: `r-${decision}-${Math.random()}`,
    visitId: 'v1',
    decision,
    reviewer,
    reviewedAt: '2025-06-04T09:00:00+08:00',
    comments,
  });

describe('reviewRepository', () => {
  it('returns a visit with comments: review and state step in one transaction', async () => {
    const before = await repos.outbox.count();
    await decide('returned');
    expect((await repos.visits.get('v1'))?.state).toBe('returned');
    const [review] = await repos.reviews.reviewsFor('v1');
    expect(review).toMatchObject({ decision: 'returned', comments: [{ target: 'findings' }] });
    expect(review!.visitSnapshot.findings).toBe(makeVisit().findings);
    const added = (await repos.outbox.pending()).slice(before);
    expect(added.map((m) => [m.entity, m.op])).toEqual([
      ['visitReview', 'create'],
      ['visit', 'patch'],
    ]);
    expect(added[0]!.txId).toBe(added[1]!.txId);
  });

  it('refuses to return without a comment, or to decide on a visit not in review', async () => {
    await expect(decide('returned', [])).rejects.toBeInstanceOf(InvalidDataError);
    const approved = await decide('approved', []);
    // An approval with every check met carries no override, as decisions always did.
    expect('checklistOverride' in approved).toBe(false);
    await expect(decide('approved', [])).rejects.toBeInstanceOf(InvalidDataError);
    expect(await repos.reviews.queue()).toEqual([]);
  });

  it('amends an approved visit through a visible amendment that re-enters review', async () => {
    await decide('approved', []);
    const amendment = await repos.reviews.openAmendment(officer, {
      id: 'a1',
      visitId: 'v1',
      openedAt: '2025-06-05T09:00:00+08:00',
      reason: '铭牌编号抄录有误',
      proposed: { findings: '更正后的调查情况', 'signature.refusalNote': '' },
    });
    expect(Object.keys(amendment.changes)).toEqual(['findings']);
    // The approved content stays until the lead decides.
    expect(await repos.visits.get('v1')).toMatchObject({ state: 'amended', findings: makeVisit().findings });
    expect((await repos.reviews.queue()).map((v) => v.id)).toEqual(['v1']);
    await expect(
      repos.reviews.openAmendment(officer, {
        id: 'a2',
        visitId: 'v1',
        openedAt: '2025-06-05T09:00:00+08:00',
        reason: '再改',
        proposed: { findings: 'x' },
      }),
    ).rejects.toBeInstanceOf(InvalidDataError);

    await repos.reviews.decideAmendment(lead, {
      amendmentId: 'a1',
      decision: 'accepted',
      decidedAt: '2025-06-06T09:00:00+08:00',
      comment: '',
    });
    expect(await repos.visits.get('v1')).toMatchObject({ state: 'approved', findings: '更正后的调查情况' });
    expect((await repos.reviews.amendmentsFor('v1'))[0]).toMatchObject({
      decision: 'accepted',
      decidedBy: 'lead-1',
    });
  });

  it('refuses an amendment without a reason', async () => {
    await decide('approved', []);
    await expect(
      repos.reviews.openAmendment(officer, {
        id: 'a1',
        visitId: 'v1',
        openedAt: '2025-06-05T09:00:00+08:00',
        reason: '  ',
        proposed: { findings: 'x' },
      }),
    ).rejects.toBeInstanceOf(InvalidDataError);
  });
  it('keeps the override of an approval given with unmet checks, its reason also on the state step', async () => {
    const before = await repos.outbox.count();
    const checklistOverride: ChecklistOverride = {
      unmetItems: ['signatureOrRefusal'],
      reason: '厂长拒签，已录像',
    };
    await repos.reviews.decide(lead, {
      id: 'r-override',
      visitId: 'v1',
      decision: 'approved',
      reviewer,
      reviewedAt: '2025-06-04T09:00:00+08:00',
      comments: [],
      checklistOverride,
    });
    expect((await repos.reviews.reviewsFor('v1'))[0]!.checklistOverride).toEqual(checklistOverride);
    const [review, step] = (await repos.outbox.pending()).slice(before);
    expect(review!.changes.checklistOverride).toEqual({ from: null, to: checklistOverride });
    expect(step!.reason).toBe('厂长拒签，已录像');
  });

  it('refuses an override without a reason', async () => {
    await expect(
      repos.reviews.decide(lead, {
        id: 'r-blank',
        visitId: 'v1',
        decision: 'approved',
        reviewer,
        reviewedAt: '2025-06-04T09:00:00+08:00',
        comments: [],
        checklistOverride: { unmetItems: ['signatureOrRefusal'], reason: ' ' },
      }),
    ).rejects.toMatchObject({ codes: ['visit.checklistOverrideReasonRequired'] });
    expect((await repos.visits.get('v1'))?.state).toBe('submitted');
  });

  it('refuses an amendment that would leave the approved record incomplete', async () => {
    await decide('approved', []);
    await expect(
      repos.reviews.openAmendment(officer, {
        id: 'a1',
        visitId: 'v1',
        openedAt: '2025-06-05T09:00:00+08:00',
        reason: '补记在场人员',
        proposed: { enterprisePeople: [{ name: '', role: '会计' }] },
      }),
    ).rejects.toMatchObject({ codes: ['visit.personNameRequired'] });
    expect((await repos.visits.get('v1'))?.state).toBe('approved');
  });
});
