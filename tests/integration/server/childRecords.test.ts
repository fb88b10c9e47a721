import { describe, expect, it } from 'vitest';
import type { Json, Mutation, SyncedEntity } from '../../../shared/sync/mutation';
import type { ReviewQueueResponse } from '../../../shared/review/reviewQueueProtocol';
import type { MutationResult } from '../../../shared/sync/protocol';
import { makeIncident } from '../../../shared/visits/testing/makeIncident';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import type { ChecklistOverride } from '../../../shared/visits/checklistOverride';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitReview } from '../../../shared/visits/visitReview';
import { verifyVersionChain } from '../../../server/sync/chain/verifyVersionChain';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { call, newId, TestDevice } from './support/TestDevice';

/** A mutation on a record inside a case. */
function child(
  device: TestDevice,
  entity: SyncedEntity,
  op: 'create' | 'patch',
  record: { id: string; caseId: string },
  changes: Record<string, { from: Json; to: Json }>,
  baseSeq: number | null,
  txId?: string,
): Mutation {
  return {
    ...device.mutation({ op, entityId: record.id, baseSeq, changes, ...(txId ? { txId } : {}) }),
    entity,
    caseId: record.caseId,
  };
}

const createOf = (record: object) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v as Json }]));

async function results(device: TestDevice, mutations: Mutation[]): Promise<MutationResult[]> {
  const answer = await device.push(mutations);
  expect(answer.status).toBe(200);
  return answer.body.results;
}

const rejection = (r: MutationResult) => (r.status === 'rejected' ? r.rejection?.code : r.status);

async function visitRow(device: TestDevice, id: string) {
  const pages = await device.pullAll();
  const change = pages
    .flatMap((p) => p.changes)
    .filter((c) => c.entity === 'visit' && c.entityId === id)
    .at(-1)!;
  return change;
}

const SIGNED: Visit['signature'] = { signedBy: '张强', refusedToSign: false, refusalNote: '' };

describe.each(STORAGES)('records inside a case (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  async function newVisit(overrides: Partial<Visit> = {}) {
    const { cases } = await createCases(ctx.sql, ctx.court.teamA);
    const caseId = cases[0]!.id;
    // Officers present are members of the case's team (issue 12).
    const officersPresent = [
      { userId: ctx.court.users.officerA1, name: 'a1' },
      { userId: ctx.court.users.officerA2, name: 'a2' },
    ];
    return makeVisit({
      id: newId(),
      caseId,
      endedAt: '2025-06-03T11:00:00+08:00',
      officersPresent,
      ...overrides,
    });
  }

  it('stores visits and incidents, delivers them to colleagues and merges field edits', async () => {
    const visit = await newVisit();
    const incident = makeIncident({ id: newId(), caseId: visit.caseId, visitId: visit.id });
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    const created = await results(a1, [
      child(a1, 'visit', 'create', visit, createOf(visit), null),
      child(a1, 'incident', 'create', incident, createOf(incident), null),
    ]);
    expect(created.map((r) => r.status)).toEqual(['applied', 'applied']);

    const seen = await visitRow(a2, visit.id);
    expect(seen.data.findings).toBe(visit.findings);
    const seq = seen.commitSeq;
    const pages = await a2.pullAll();
    expect(
      pages.flatMap((p) => p.changes).some((c) => c.entity === 'incident' && c.entityId === incident.id),
    ).toBe(true);

    // Different fields merge; the same field becomes a conflict that keeps both values.
    await results(a1, [
      child(a1, 'visit', 'patch', visit, { findings: { from: visit.findings, to: 'A' } }, seq),
    ]);
    const [merged] = await results(a2, [
      child(a2, 'visit', 'patch', visit, { workforceSeen: { from: 12, to: 30 } }, seq),
    ]);
    expect(merged!.status).toBe('applied');
    const [clash] = await results(a2, [
      child(a2, 'visit', 'patch', visit, { findings: { from: visit.findings, to: 'B' } }, seq),
    ]);
    expect(clash!.status).toBe('applied_with_conflicts');
    const after = await visitRow(a1, visit.id);
    expect(after.data).toMatchObject({ findings: 'A', workforceSeen: 30 });
    const conflicts = (await a1.pullAll()).flatMap((p) => p.conflicts).filter((c) => c.entityId === visit.id);
    expect(conflicts.at(-1)).toMatchObject({ entity: 'visit', field: 'findings', mine: 'B', theirs: 'A' });
    expect(await verifyVersionChain(ctx.sql, 'visit', visit.id)).toEqual({ isIntact: true, versions: 3 });
  });

  it('refuses another team, invalid records and orphans, writing nothing', async () => {
    const visit = await newVisit();
    const b1 = await TestDevice.login(ctx.app, 'b1');
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const before = await countRows(ctx.sql, 'child_record');
    expect(
      rejection((await results(b1, [child(b1, 'visit', 'create', visit, createOf(visit), null)]))[0]!),
    ).toBe('access.forbidden');
    const bad = { ...visit, endedAt: '2025-06-03T08:00:00+08:00' };
    expect(rejection((await results(a1, [child(a1, 'visit', 'create', bad, createOf(bad), null)]))[0]!)).toBe(
      'visit.endBeforeStart',
    );
    const orphan = makeIncident({ id: newId(), caseId: visit.caseId, visitId: 'no-such-visit' });
    expect(
      rejection((await results(a1, [child(a1, 'incident', 'create', orphan, createOf(orphan), null)]))[0]!),
    ).toBe('visit.parentMissing');
    expect(await countRows(ctx.sql, 'child_record')).toBe(before);
  });

  it('runs the review path: submit, return with comments, resubmit, approve, then amend', async () => {
    // Signed: every legal-sufficiency check is met, so the approval needs no override.
    const visit = await newVisit({ signature: SIGNED });
    const [a1, lead] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'lead-a')];
    await results(a1, [child(a1, 'visit', 'create', visit, createOf(visit), null)]);
    const step = (device: TestDevice, from: string, to: string, txId?: string) =>
      child(device, 'visit', 'patch', visit, { state: { from, to } }, null, txId);
    const review = (decision: 'returned' | 'approved', comments: VisitReview['comments']): VisitReview => ({
      id: newId(),
      visitId: visit.id,
      caseId: visit.caseId,
      decision,
      reviewer: { userId: lead.userId, name: 'lead-a' },
      reviewedAt: new Date().toISOString(),
      comments,
      visitSnapshot: visit as unknown as Record<string, Json>,
    });

    expect((await results(a1, [step(a1, 'draft', 'submitted')]))[0]!.status).toBe('applied');
    // The lead's queue lists it; an officer asking for the lead's queue gets 403.
    const queue = await call<ReviewQueueResponse>(ctx.app, 'GET', '/review/v1/queue', undefined, lead.token);
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i) => i.visitId)).toContain(visit.id);
    const refused = await call(ctx.app, 'GET', '/review/v1/queue', undefined, a1.token);
    expect({ status: refused.status, code: (refused.body.error as { code: string }).code }).toEqual({
      status: 403,
      code: 'visit.reviewForbidden',
    });
    // Edits to a record in review are refused and kept on the device, never merged in.
    expect(
      rejection(
        (
          await results(a1, [child(a1, 'visit', 'patch', visit, { findings: { from: '', to: 'x' } }, null)])
        )[0]!,
      ),
    ).toBe('visit.locked');
    // The officer cannot take the lead's decisions.
    const forged = { ...review('approved', []), reviewer: { userId: a1.userId, name: 'a1' } };
    expect(
      rejection(
        (await results(a1, [child(a1, 'visitReview', 'create', forged, createOf(forged), null)]))[0]!,
      ),
    ).toBe('visit.reviewForbidden');
    expect(rejection((await results(a1, [step(a1, 'submitted', 'approved')]))[0]!)).toBe(
      'visit.reviewForbidden',
    );
    // Nor can the lead change the state without a decision on record.
    expect(rejection((await results(lead, [step(lead, 'submitted', 'approved')]))[0]!)).toBe(
      'visit.reviewStateMismatch',
    );

    const returned = review('returned', [{ target: 'findings', text: '请写明设备铭牌编号' }]);
    const tx = newId();
    const decided = await results(lead, [
      child(lead, 'visitReview', 'create', returned, createOf(returned), null, tx),
      step(lead, 'submitted', 'returned', tx),
    ]);
    expect(decided.map((r) => r.status)).toEqual(['applied', 'applied']);
    // A decision once made cannot be rewritten.
    expect(
      rejection(
        (
          await results(lead, [
            child(lead, 'visitReview', 'patch', returned, { comments: { from: [], to: [] } }, null),
          ])
        )[0]!,
      ),
    ).toBe('record.writeOnce');

    const fixed = await results(a1, [
      child(
        a1,
        'visit',
        'patch',
        visit,
        { findings: { from: visit.findings, to: '设备铭牌编号 A-1' } },
        null,
      ),
      step(a1, 'returned', 'resubmitted'),
    ]);
    expect(fixed.map((r) => r.status)).toEqual(['applied', 'applied']);
    const approved = review('approved', []);
    const tx2 = newId();
    await results(lead, [
      child(lead, 'visitReview', 'create', approved, createOf(approved), null, tx2),
      step(lead, 'resubmitted', 'approved', tx2),
    ]);
    expect((await visitRow(a1, visit.id)).data.state).toBe('approved');

    // An approved record changes only through an amendment with a reason, which re-enters review.
    const amendment = {
      id: newId(),
      visitId: visit.id,
      caseId: visit.caseId,
      openedBy: a1.userId,
      openedAt: new Date().toISOString(),
      reason: '铭牌编号抄录有误',
      changes: { findings: { from: '设备铭牌编号 A-1', to: '设备铭牌编号 A-7' } },
      decision: 'pending',
      decidedBy: null,
      decidedAt: null,
      reviewComment: '',
    };
    const tx3 = newId();
    const opened = await results(a1, [
      child(a1, 'visitAmendment', 'create', amendment, createOf(amendment), null, tx3),
      step(a1, 'approved', 'amended', tx3),
    ]);
    expect(opened.map((r) => r.status)).toEqual(['applied', 'applied']);
    const amendmentSeq = (await lead.pullAll())
      .flatMap((p) => p.changes)
      .filter((c) => c.entityId === amendment.id)
      .at(-1)!.commitSeq;
    const tx4 = newId();
    const accepted = await results(lead, [
      child(
        lead,
        'visitAmendment',
        'patch',
        amendment,
        {
          decision: { from: 'pending', to: 'accepted' },
          decidedBy: { from: null, to: lead.userId },
          decidedAt: { from: null, to: new Date().toISOString() },
        },
        amendmentSeq,
        tx4,
      ),
      step(lead, 'amended', 'approved', tx4),
    ]);
    expect(accepted.map(rejection)).toEqual(['applied', 'applied']);
    const final = await visitRow(a1, visit.id);
    expect(final.data).toMatchObject({ state: 'approved', findings: '设备铭牌编号 A-7' });
    const chain = await verifyVersionChain(ctx.sql, 'visit', visit.id);
    expect(chain.isIntact).toBe(true);
  });
  it('keeps a person row typed without a name in the draft, and refuses to submit until it has one', async () => {
    const visit = await newVisit({ signature: SIGNED, enterprisePeople: [{ name: '', role: '会计' }] });
    const incident = makeIncident({
      id: newId(),
      caseId: visit.caseId,
      visitId: visit.id,
      persons: [{ name: '', role: '保安' }],
    });
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const submit = () =>
      child(a1, 'visit', 'patch', visit, { state: { from: 'draft', to: 'submitted' } }, null);
    const created = await results(a1, [
      child(a1, 'visit', 'create', visit, createOf(visit), null),
      child(a1, 'incident', 'create', incident, createOf(incident), null),
    ]);
    expect(created.map(rejection)).toEqual(['applied', 'applied']);
    expect((await visitRow(a1, visit.id)).data.enterprisePeople).toEqual([{ name: '', role: '会计' }]);

    const [unnamed] = await results(a1, [submit()]);
    expect(unnamed).toMatchObject({
      status: 'rejected',
      rejection: { code: 'visit.personNameRequired', path: 'enterprisePeople.0.name' },
    });
    await results(a1, [
      child(
        a1,
        'visit',
        'patch',
        visit,
        { enterprisePeople: { from: visit.enterprisePeople, to: [{ name: '李娟', role: '会计' }] } },
        null,
      ),
    ]);
    // The incident's rows count too; the fix and the submission may travel in one push.
    expect(rejection((await results(a1, [submit()]))[0]!)).toBe('incident.personNameRequired');
    const fixed = await results(a1, [
      child(
        a1,
        'incident',
        'patch',
        incident,
        { persons: { from: incident.persons, to: [{ name: '姓名不详', role: '保安' }] } },
        null,
      ),
      submit(),
    ]);
    expect(fixed.map(rejection)).toEqual(['applied', 'applied']);
    expect((await visitRow(a1, visit.id)).data.state).toBe('submitted');
  });

  it('refuses an approval that does not acknowledge every unmet check, as the server evaluates them', async () => {
    // One officer, no signature, and a photo whose bytes never reached the server: three unmet checks.
    const visit = await newVisit({ officersPresent: [{ userId: ctx.court.users.officerA1, name: 'a1' }] });
    const photo = {
      id: newId(),
      caseId: visit.caseId,
      visitId: visit.id,
      entity: 'visit',
      entityId: visit.id,
      sha256: 'c'.repeat(64),
      size: 10,
      mediaType: 'image/jpeg',
      fileName: 'gate.jpg',
      capturedAt: '2025-06-03T10:00:00+08:00',
      thumbnail: null,
    };
    const [a1, lead] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'lead-a')];
    const submitted = await results(a1, [
      child(a1, 'visit', 'create', visit, createOf(visit), null),
      child(a1, 'attachment', 'create', photo, createOf(photo), null),
      child(a1, 'visit', 'patch', visit, { state: { from: 'draft', to: 'submitted' } }, null),
    ]);
    expect(submitted.map(rejection)).toEqual(['applied', 'applied', 'applied']);
    const approve = (checklistOverride?: ChecklistOverride) => {
      const review: VisitReview = {
        id: newId(),
        visitId: visit.id,
        caseId: visit.caseId,
        decision: 'approved',
        reviewer: { userId: lead.userId, name: 'lead-a' },
        reviewedAt: new Date().toISOString(),
        comments: [],
        visitSnapshot: visit as unknown as Record<string, Json>,
        ...(checklistOverride ? { checklistOverride } : {}),
      };
      const tx = newId();
      return {
        review,
        mutations: [
          child(lead, 'visitReview', 'create', review, createOf(review), null, tx),
          child(lead, 'visit', 'patch', visit, { state: { from: 'submitted', to: 'approved' } }, null, tx),
        ],
      };
    };

    const before = await countRows(ctx.sql, 'child_record');
    const bare = await results(lead, approve().mutations);
    // The state step is refused with it (it finds no decision on record): both or neither.
    expect(bare.map(rejection)).toEqual(['visit.checklistOverrideRequired', 'visit.reviewStateMismatch']);
    expect(bare[0]).toMatchObject({ rejection: { path: 'checklistOverride' } });
    // The lead's app could not confirm the photo: the server holds the record to what it knows.
    const partial = await results(
      lead,
      approve({ unmetItems: ['twoOfficers', 'signatureOrRefusal'], reason: '法警在场见证' }).mutations,
    );
    expect(partial.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(rejection(partial[0]!)).toBe('visit.checklistOverrideRequired');
    const blank = await results(
      lead,
      approve({ unmetItems: ['twoOfficers', 'signatureOrRefusal', 'photosUploaded'], reason: ' ' }).mutations,
    );
    expect(blank.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(rejection(blank[0]!)).toBe('visit.checklistOverrideReasonRequired');
    expect(await countRows(ctx.sql, 'child_record')).toBe(before);
    expect((await visitRow(a1, visit.id)).data.state).toBe('submitted');

    const override: ChecklistOverride = {
      unmetItems: ['twoOfficers', 'signatureOrRefusal', 'photosUploaded'],
      reason: '另一名执行人员为协助的法警；厂长拒签已录像，照片随后补传',
    };
    const granted = approve(override);
    expect((await results(lead, granted.mutations)).map(rejection)).toEqual(['applied', 'applied']);
    expect((await visitRow(a1, visit.id)).data.state).toBe('approved');
    const stored = (await a1.pullAll())
      .flatMap((p) => p.changes)
      .filter((c) => c.entityId === granted.review.id)
      .at(-1)!;
    expect(stored.data.checklistOverride).toEqual(override);

    // An amendment cannot bring in what the submission would have been refused for: a person without a name.
    const amendment = {
      id: newId(),
      visitId: visit.id,
      caseId: visit.caseId,
      openedBy: a1.userId,
      openedAt: new Date().toISOString(),
      reason: '补记在场人员',
      changes: { enterprisePeople: { from: visit.enterprisePeople, to: [{ name: '', role: '会计' }] } },
      decision: 'pending',
      decidedBy: null,
      decidedAt: null,
      reviewComment: '',
    };
    const opening = newId();
    const opened = await results(a1, [
      child(a1, 'visitAmendment', 'create', amendment, createOf(amendment), null, opening),
      child(a1, 'visit', 'patch', visit, { state: { from: 'approved', to: 'amended' } }, null, opening),
    ]);
    expect(opened.map(rejection)).toEqual(['applied', 'applied']);
    const amendmentSeq = opened[0]!.status === 'applied' ? opened[0]!.commitSeq! : null;
    const deciding = newId();
    const accepted = await results(lead, [
      child(
        lead,
        'visitAmendment',
        'patch',
        amendment,
        {
          decision: { from: 'pending', to: 'accepted' },
          decidedBy: { from: null, to: lead.userId },
          decidedAt: { from: null, to: new Date().toISOString() },
        },
        amendmentSeq,
        deciding,
      ),
      child(lead, 'visit', 'patch', visit, { state: { from: 'amended', to: 'approved' } }, null, deciding),
    ]);
    expect(accepted[0]).toMatchObject({
      status: 'rejected',
      rejection: { code: 'visit.personNameRequired', path: 'changes.enterprisePeople.0.name' },
    });
    expect((await visitRow(a1, visit.id)).data.enterprisePeople).toEqual(visit.enterprisePeople);
  });
});
