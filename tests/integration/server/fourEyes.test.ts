import { describe, expect, it } from 'vitest';
import { isFourEyesRequired } from '../../../server/admin/isFourEyesRequired';
import { updateCourt } from '../../../server/admin/updateCourt';
import { CliUsageError } from '../../../server/cli/CliCommand';
import { updateCourtCommand } from '../../../server/cli/commands/updateCourtCommand';
import type { Terminal } from '../../../server/log/terminal';
import { findMessage } from '../../../shared/messages/messageRegistry';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import type { MutationResult } from '../../../shared/sync/protocol';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitReview } from '../../../shared/visits/visitReview';
import { createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { newId, TestDevice } from './support/TestDevice';

const SIGNED: Visit['signature'] = { signedBy: '张强', refusedToSign: false, refusalNote: '' };
const createOf = (record: object) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v as Json }]));
const outcome = (r: MutationResult) => (r.status === 'rejected' ? r.rejection?.code : r.status);

/**
 * Issue 12, "Policy": a lead could write, submit and approve their own visit alone, and `officersPresent`
 * accepted any user. Now a lead cannot approve or return a visit they recorded or were present at (unless
 * the court turned the rule off explicitly), and the officers present are members of the case's team.
 */
describe.each(STORAGES)('four eyes on the review of a visit (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  const child = (
    device: TestDevice,
    entity: string,
    op: 'create' | 'patch',
    record: Visit | VisitReview,
    changes: Record<string, { from: Json; to: Json }>,
    txId?: string,
  ): Mutation =>
    ({
      ...device.mutation({ op, entityId: record.id, baseSeq: null, changes, ...(txId ? { txId } : {}) }),
      entity,
      caseId: record.caseId,
    }) as Mutation;
  const push = async (device: TestDevice, mutations: Mutation[]) => {
    const answer = await device.push(mutations);
    expect(answer.status).toBe(200);
    return answer.body.results;
  };
  const officer = (device: TestDevice) => ({ userId: device.userId, name: device.session.user.name });
  /** A signed visit of a new team-A case recorded by `recorder` with `present`, created and submitted. */
  const submittedVisit = async (recorder: TestDevice, present: TestDevice[]) => {
    const { cases } = await createCases(ctx.sql, ctx.court.teamA);
    const visit = makeVisit({
      id: newId(),
      caseId: cases[0]!.id,
      endedAt: '2025-06-03T11:00:00+08:00',
      signature: SIGNED,
      officersPresent: present.map(officer),
    });
    const created = await push(recorder, [
      child(recorder, 'visit', 'create', visit, createOf(visit)),
      child(recorder, 'visit', 'patch', visit, { state: { from: 'draft', to: 'submitted' } }),
    ]);
    expect(created.map(outcome)).toEqual(['applied', 'applied']);
    return visit;
  };
  /** The lead's decision as the app sends it: the review record and the state step, in one group. */
  const decide = (lead: TestDevice, visit: Visit, decision: 'approved' | 'returned') => {
    const review: VisitReview = {
      id: newId(),
      visitId: visit.id,
      caseId: visit.caseId,
      decision,
      reviewer: officer(lead),
      reviewedAt: new Date().toISOString(),
      comments: decision === 'returned' ? [{ target: 'findings', text: '请补充设备铭牌编号' }] : [],
      visitSnapshot: visit as unknown as Record<string, Json>,
    };
    const txId = newId();
    return push(lead, [
      child(lead, 'visitReview', 'create', review, createOf(review), txId),
      child(lead, 'visit', 'patch', visit, { state: { from: 'submitted', to: decision } }, txId),
    ]);
  };
  const stateOf = async (visitId: string) =>
    (
      await ctx.sql.query<{ state: string }>(
        `SELECT data ->> 'state' AS state FROM child_record WHERE entity = 'visit' AND id = $1`,
        [visitId],
      )
    )[0]!.state;

  it('refuses the lead who wrote, submitted and would approve their own visit alone', async () => {
    const [lead, a1] = [await TestDevice.login(ctx.app, 'lead-a'), await TestDevice.login(ctx.app, 'a1')];
    const visit = await submittedVisit(lead, [a1]);
    for (const decision of ['approved', 'returned'] as const) {
      const [review, step] = await decide(lead, visit, decision);
      expect(outcome(review!)).toBe('fourEyes.recordedByReviewer');
      expect(review!.status === 'rejected' && review!.rejection?.message).toEqual(
        findMessage('fourEyes.recordedByReviewer'),
      );
      expect(step!.status).toBe('rejected');
    }
    expect(await stateOf(visit.id)).toBe('submitted');
  });

  it('refuses the lead who was present at the visit, and lets a lead who was not decide', async () => {
    const [lead, a1, a2] = [
      await TestDevice.login(ctx.app, 'lead-a'),
      await TestDevice.login(ctx.app, 'a1'),
      await TestDevice.login(ctx.app, 'a2'),
    ];
    const attended = await submittedVisit(a1, [a1, lead]);
    for (const decision of ['approved', 'returned'] as const)
      expect(outcome((await decide(lead, attended, decision))[0]!)).toBe('fourEyes.reviewerWasPresent');
    expect(await stateOf(attended.id)).toBe('submitted');

    const others = await submittedVisit(a1, [a1, a2]);
    expect((await decide(lead, others, 'approved')).map(outcome)).toEqual(['applied', 'applied']);
    expect(await stateOf(others.id)).toBe('approved');
  });

  it('lets a court turn the rule off only explicitly, from the CLI, and back on', async () => {
    const lead = await TestDevice.login(ctx.app, 'lead-a');
    const a1 = await TestDevice.login(ctx.app, 'a1');
    expect(await isFourEyesRequired(ctx.sql)).toBe(true);
    const said: string[] = [];
    const out = { say: (text: string) => said.push(text), sayError: (text: string) => said.push(text) };
    await expect(
      updateCourtCommand.run(ctx.sql, { 'four-eyes': 'no' }, out as unknown as Terminal),
    ).rejects.toBeInstanceOf(CliUsageError);
    expect(await isFourEyesRequired(ctx.sql)).toBe(true);

    await updateCourtCommand.run(ctx.sql, { 'four-eyes': 'off' }, out as unknown as Terminal);
    expect(said.at(-1)).toContain('four-eyes review is off');
    try {
      const own = await submittedVisit(lead, [lead, a1]);
      expect((await decide(lead, own, 'approved')).map(outcome)).toEqual(['applied', 'applied']);
    } finally {
      await updateCourt(ctx.sql, { isFourEyesRequired: true });
    }
    const again = await submittedVisit(lead, [a1]);
    expect(outcome((await decide(lead, again, 'approved'))[0]!)).toBe('fourEyes.recordedByReviewer');
  });

  it('takes as officers present only members of the case team, on create and on edit', async () => {
    const [a1, b1] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'b1')];
    const { cases } = await createCases(ctx.sql, ctx.court.teamA);
    const stranger = makeVisit({
      id: newId(),
      caseId: cases[0]!.id,
      officersPresent: [officer(a1), officer(b1)],
    });
    const [refused] = await push(a1, [child(a1, 'visit', 'create', stranger, createOf(stranger))]);
    expect(refused).toMatchObject({
      status: 'rejected',
      rejection: { code: 'visit.officerNotInTeam', path: 'officersPresent.1' },
    });
    expect(refused!.status === 'rejected' && refused!.rejection?.message).toEqual(
      findMessage('visit.officerNotInTeam'),
    );
    const unknown = makeVisit({ id: newId(), caseId: cases[0]!.id });
    expect(outcome((await push(a1, [child(a1, 'visit', 'create', unknown, createOf(unknown))]))[0]!)).toBe(
      'visit.officerNotInTeam',
    );

    const visit = makeVisit({ id: newId(), caseId: cases[0]!.id, officersPresent: [officer(a1)] });
    expect(outcome((await push(a1, [child(a1, 'visit', 'create', visit, createOf(visit))]))[0]!)).toBe(
      'applied',
    );
    const edit = child(a1, 'visit', 'patch', visit, {
      officersPresent: { from: [officer(a1)], to: [officer(a1), officer(b1)] },
    });
    expect(outcome((await push(a1, [edit]))[0]!)).toBe('visit.officerNotInTeam');
  });
});
