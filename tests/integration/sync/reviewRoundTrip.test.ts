import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Visit } from '../../../shared/visits/visit';
import type { ReviewComment } from '../../../shared/visits/visitReview';
import { InvalidDataError } from '../../../renderer/data/errors';
import { newId } from '../../../renderer/data/newId';
import type { AppDevice } from './support/openAppDevice';
import { useOfficerAndLead } from './support/useOfficerAndLead';

/** What the officer fills in on site before the log can go to review. */
const FILLED = {
  endedAt: '2025-06-03T11:30:00+08:00',
  operatingState: 'partly_stopped',
  workforceSeen: 12,
  enterprisePeople: [{ name: '张强', role: '厂长' }],
  findings: '厂区部分生产线停工，仓库存有钢材约二十吨。',
} satisfies Partial<Visit>;

const RETURN_COMMENT: ReviewComment = { target: 'findings', text: '请写明钢材的规格和存放位置。' };

/**
 * Starts a visit as the visit screen does (address prefilled from the respondent, the officer present),
 * shows that a blank log cannot be submitted, fills it by autosave-style updates and submits it.
 */
async function submitNewVisit(officer: AppDevice, theCase: Case): Promise<Visit> {
  const visit = await officer.repos.visits.create(officer.ctx, {
    id: newId(),
    caseId: theCase.id,
    state: 'draft',
    startedAt: '2025-06-03T09:00:00+08:00',
    endedAt: null,
    address: `${theCase.respondents[0]!.name} 厂区`,
    coordinates: null,
    officersPresent: [officer.officer],
    enterprisePeople: [],
    operatingState: null,
    workforceSeen: null,
    findings: '',
    signature: { signedBy: null, refusedToSign: false, refusalNote: '' },
  });
  await expect(officer.repos.visits.transition(officer.ctx, visit.id, 'submitted')).rejects.toThrow(
    InvalidDataError,
  );
  await officer.repos.visits.update(officer.ctx, visit.id, { endedAt: FILLED.endedAt });
  await officer.repos.visits.update(officer.ctx, visit.id, {
    operatingState: FILLED.operatingState,
    workforceSeen: FILLED.workforceSeen,
    enterprisePeople: FILLED.enterprisePeople,
  });
  await officer.repos.visits.update(officer.ctx, visit.id, { findings: FILLED.findings });
  return officer.repos.visits.transition(officer.ctx, visit.id, 'submitted');
}

describe('review path between two app installations through the court server', () => {
  const t = useOfficerAndLead();

  /** Officer submits, both sync, the lead returns the log with a comment on a field, both sync. */
  async function submitAndReturn(theCase: Case): Promise<Visit> {
    const { officer, lead, syncClean } = t;
    const submitted = await submitNewVisit(officer, theCase);
    await syncClean(officer);
    await syncClean(lead);

    expect(await lead.repos.visits.get(submitted.id)).toEqual(submitted);
    expect((await lead.repos.reviews.queue()).map((v) => v.id)).toContain(submitted.id);

    await lead.repos.reviews.decide(lead.ctx, {
      id: newId(),
      visitId: submitted.id,
      decision: 'returned',
      reviewer: lead.officer,
      reviewedAt: '2025-06-03T14:00:00+08:00',
      comments: [RETURN_COMMENT],
    });
    await syncClean(lead);
    await syncClean(officer);
    return submitted;
  }

  it("a submitted log reaches the lead, and the lead's return with a field comment reaches the officer", async () => {
    const { officer, lead } = t;
    const submitted = await submitAndReturn(await t.newCase());

    expect(await officer.repos.visits.get(submitted.id)).toEqual({ ...submitted, state: 'returned' });
    expect(await officer.repos.reviews.reviewsFor(submitted.id)).toEqual([
      expect.objectContaining({
        visitId: submitted.id,
        caseId: submitted.caseId,
        decision: 'returned',
        reviewer: lead.officer,
        comments: [RETURN_COMMENT],
        visitSnapshot: expect.objectContaining({ state: 'submitted', findings: FILLED.findings }),
      }),
    ]);
    // The returned log is editable again on the officer's device (the local write path agrees).
    await officer.repos.visits.update(officer.ctx, submitted.id, { findings: `${FILLED.findings}补充。` });
    expect((await officer.repos.visits.get(submitted.id))?.findings).toBe(`${FILLED.findings}补充。`);
  });

  it('a resubmitted log approved by the lead, then an amendment the lead accepts, reach the officer', async () => {
    const { officer, lead, syncClean } = t;
    const submitted = await submitAndReturn(await t.newCase());
    const corrected = `${FILLED.findings}钢材为Q235螺纹钢，存放于二号仓库。`;

    // The officer answers the comment and sends the log back.
    await officer.repos.visits.update(officer.ctx, submitted.id, { findings: corrected });
    await officer.repos.visits.transition(officer.ctx, submitted.id, 'resubmitted');
    await syncClean(officer);
    await syncClean(lead);
    expect(await lead.repos.visits.get(submitted.id)).toMatchObject({
      state: 'resubmitted',
      findings: corrected,
    });

    await lead.repos.reviews.decide(lead.ctx, {
      id: newId(),
      visitId: submitted.id,
      decision: 'approved',
      reviewer: lead.officer,
      reviewedAt: '2025-06-03T16:00:00+08:00',
      comments: [],
      // One officer on site and no signature recorded: the court server refuses the approval unless the
      // lead overrides exactly these, with a reason (the lead's dialog does the same).
      checklistOverride: {
        unmetItems: ['twoOfficers', 'signatureOrRefusal'],
        reason: '书记员因故未到场，企业负责人拒绝签字情况另行补录。',
      },
    });
    await syncClean(lead);
    await syncClean(officer);
    expect(await officer.repos.visits.get(submitted.id)).toMatchObject({
      state: 'approved',
      findings: corrected,
    });
    expect((await officer.repos.reviews.reviewsFor(submitted.id)).map((r) => r.decision)).toEqual([
      'returned',
      'approved',
    ]);
    // The override and its reason travel with the decision: the officer's device holds them too.
    expect((await officer.repos.reviews.reviewsFor(submitted.id))[1]?.checklistOverride).toEqual({
      unmetItems: ['twoOfficers', 'signatureOrRefusal'],
      reason: '书记员因故未到场，企业负责人拒绝签字情况另行补录。',
    });

    // An approved record changes only through an amendment with its reason, decided by the lead.
    const amendedWorkforce = 15;
    const amendment = await officer.repos.reviews.openAmendment(officer.ctx, {
      id: newId(),
      visitId: submitted.id,
      openedAt: '2025-06-04T09:00:00+08:00',
      reason: '复核考勤表，现场职工实为十五人。',
      proposed: { workforceSeen: amendedWorkforce },
    });
    await syncClean(officer);
    await syncClean(lead);
    expect(await lead.repos.visits.get(submitted.id)).toMatchObject({
      state: 'amended',
      workforceSeen: FILLED.workforceSeen,
    });
    expect(await lead.repos.reviews.amendmentsFor(submitted.id)).toEqual([amendment]);

    await lead.repos.reviews.decideAmendment(lead.ctx, {
      amendmentId: amendment.id,
      decision: 'accepted',
      decidedAt: '2025-06-04T10:00:00+08:00',
      comment: '同意补正。',
    });
    await syncClean(lead);
    await syncClean(officer);

    // The amended value is written into the visit by the server in the same commit, and reaches the officer.
    expect(await officer.repos.visits.get(submitted.id)).toEqual({
      ...submitted,
      state: 'approved',
      findings: corrected,
      workforceSeen: amendedWorkforce,
    });
    expect(await officer.repos.reviews.amendmentsFor(submitted.id)).toEqual([
      {
        ...amendment,
        decision: 'accepted',
        decidedBy: lead.ctx.userId,
        decidedAt: '2025-06-04T10:00:00+08:00',
        reviewComment: '同意补正。',
      },
    ]);
  });
});
