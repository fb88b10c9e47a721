import type { Case } from '../domain/case';
import { claimTotal } from '../domain/case';
import type { CaseType } from '../domain/caseType';
import { uuidv7 } from '../ids/uuidv7';
import { assert } from '../util/assert';
import { allocateByShares } from './allocateByShares';
import { calendarDays } from './calendarDays';
import { createApplicantSource } from './createApplicantSource';
import { createCaseNumberer } from './createCaseNumberer';
import { createOfficerPicker } from './createOfficerPicker';
import { createPartyFactory } from './createPartyFactory';
import { debtorsForCases } from './debtorsForCases';
import { DEMO_COURT } from './demoCourt';
import { demoOfficers } from './demoOfficers';
import type { DemoOfficer } from './demoOfficers';
import { demoTeams } from './demoTeams';
import type { DemoTeam } from './demoTeams';
import { createPrng } from './prng';
import { randomCaseNote } from './randomCaseNote';
import { randomClaim } from './randomClaim';
import { randomOutcome } from './randomOutcome';

export type DemoCourtOptions = {
  /** The same seed always yields the same court, cases and ids. */
  seed: number | string;
  caseCount: number;
  /** "Today" for the demo: cases are accepted within `windowDays` up to it and none closes after it. */
  now: Date;
  /** Days of case history to spread acceptances over; default 365. */
  windowDays?: number;
};

export type DemoCourt = {
  court: { name: string; code: string };
  teams: readonly DemoTeam[];
  officers: readonly DemoOfficer[];
  /** Sorted by acceptance date; every entry passes caseSchema. */
  cases: Case[];
};

/** Largest supported caseCount: the enterprise-name space is ample for this, not unbounded. */
export const MAX_DEMO_CASES = 200_000;

/** H1 2025 figures from the source article: cases accepted per type, and the share of them closed. */
const TYPES = ['first', 'resumed', 'preservation'] as const satisfies readonly CaseType[];
const ACCEPTED = [1083, 163, 214] as const;
const CLOSED_SHARE: Record<CaseType, number> = {
  first: 756 / 1083,
  resumed: 84 / 163,
  preservation: 198 / 214,
};

/** Working hours in China time, for the id timestamp of a case accepted on a given day. */
const OFFICE_OPENS_MS = 8.5 * 3_600_000;
const OFFICE_HOURS_MS = 9 * 3_600_000;

/**
 * Generates a whole demo court — teams, officers and `caseCount` enforcement cases — deterministically from
 * `seed`. Figures follow the article: type proportions and closed shares of H1 2025, 终本 as the most
 * frequent closing, debtors that recur (one faces 32 cases), valid credit codes and resident IDs from the
 * court's area. Every case is marked isDemo so it can never pass for a real one.
 */
export function generateDemoCourt(options: DemoCourtOptions): DemoCourt {
  const { seed, caseCount, now, windowDays = 365 } = options;
  assert(
    Number.isInteger(caseCount) && caseCount >= 0 && caseCount <= MAX_DEMO_CASES,
    'caseCount out of range',
  );
  assert(Number.isInteger(windowDays) && windowDays >= 30, 'windowDays must be a whole number ≥ 30');
  const prng = createPrng(seed);
  const parties = createPartyFactory(prng);
  const today = calendarDays.dayOf(now);

  // Exact counts per type and of closed cases, then shuffled, so that proportions hold at any size.
  const typeCounts = allocateByShares(caseCount, ACCEPTED);
  const plans: { type: CaseType; isClosed: boolean }[] = [];
  TYPES.forEach((type, i) => {
    const closed = Math.round(typeCounts[i]! * CLOSED_SHARE[type]);
    for (let k = 0; k < typeCounts[i]!; k++) plans.push({ type, isClosed: k < closed });
  });
  prng.shuffle(plans);

  const debtors = debtorsForCases(prng, parties, caseCount);
  const nextApplicant = createApplicantSource(prng, parties);
  const pickOfficers = createOfficerPicker(prng);

  const drafts = plans.map(({ type, isClosed }, i) => {
    const outcome = randomOutcome(prng, type, isClosed, today, windowDays);
    const debtor = debtors[i]!;
    const applicants = [nextApplicant()];
    if (prng.chance(0.08)) {
      const second = nextApplicant();
      if (second !== applicants[0]) applicants.push(second);
    }
    const respondents = [debtor.party];
    if (debtor.guarantor && type !== 'preservation' && prng.chance(0.12))
      respondents.push(debtor.guarantor());
    const claim = randomClaim(prng, type);
    return {
      type,
      outcome,
      isFlagship: debtor.isFlagship,
      // Copies: the same debtor recurs across cases, and editing one case must not edit the others.
      applicants: applicants.map((p) => ({ ...p })),
      respondents: respondents.map((p) => ({ ...p })),
      claim,
      recoveredFen: Math.floor(claimTotal(claim) * outcome.recoveredShare),
      ...pickOfficers(type),
    };
  });
  // Stable sort: same-day cases keep their random order, so numbering stays deterministic.
  drafts.sort((a, b) => a.outcome.acceptedDay - b.outcome.acceptedDay);

  const nextCaseNumber = createCaseNumberer({
    courtCode: DEMO_COURT.code,
    windowStart: drafts[0]?.outcome.acceptedDay ?? today,
    windowDays,
    casesPerType: { first: typeCounts[0]!, resumed: typeCounts[1]!, preservation: typeCounts[2]! },
  });

  const cases = drafts.map((d): Case => {
    const { acceptedDay, closedDay, status, closingMode } = d.outcome;
    const idTime = calendarDays.startMs(acceptedDay) + OFFICE_OPENS_MS + prng.int(0, OFFICE_HOURS_MS);
    return {
      id: uuidv7(idTime, prng.bytes(10)),
      caseNumber: nextCaseNumber(d.type, acceptedDay),
      type: d.type,
      status,
      closingMode,
      acceptedOn: calendarDays.isoDate(acceptedDay),
      closedOn: closedDay === null ? null : calendarDays.isoDate(closedDay),
      courtName: DEMO_COURT.name,
      teamId: d.teamId,
      applicants: d.applicants,
      respondents: d.respondents,
      claim: d.claim,
      recoveredFen: d.recoveredFen,
      officers: d.officers,
      notes: randomCaseNote(prng, {
        type: d.type,
        status,
        closingMode,
        acceptedYear: calendarDays.year(acceptedDay),
        courtCode: DEMO_COURT.code,
        isFlagshipDebtor: d.isFlagship,
      }),
      isDemo: true,
    };
  });
  return {
    court: { name: DEMO_COURT.name, code: DEMO_COURT.code },
    teams: demoTeams,
    officers: demoOfficers,
    cases,
  };
}
