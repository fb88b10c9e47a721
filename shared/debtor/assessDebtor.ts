import type { DebtorCode } from './debtorMessages';
import { formatYuan, type Fen } from '../domain/money';
import type { OperatingState } from '../visits/operatingState';
import type { Recommendation } from './recommendation';

export type IndustryOutlook = 'growing' | 'stable' | 'declining' | 'unknown';

/** What the assessment weighs (domain rule 7). Amounts in fen; court-wide figures come from the server. */
export type DebtorFacts = {
  /** From the latest visit; null when no visit has recorded it. */
  operatingState: OperatingState | null;
  /** Value of orders in hand 在手订单. */
  ordersFen: Fen;
  /** Receivables 应收债权 the enterprise holds. */
  receivablesFen: Fen;
  /** Licences and qualifications 资质 held (e.g. 建筑业资质, 承装（修、试）电力设施许可证). */
  qualifications: readonly string[];
  industryOutlook: IndustryOutlook;
  /** Debt structure: what is claimed in enforcement court-wide, and other known debts (loans, wages, taxes). */
  debts: { courtClaimsFen: Fen; otherDebtsFen: Fen };
  /** Cases court-wide naming this debtor as respondent, the team's and others'. */
  casesCourtWide: number;
  /** Estimated value of the debtor's own property in the asset ledger. */
  ledgerValueFen: Fen;
};

export type Reason = { code: DebtorCode; params?: Record<string, string | number> };
export type Assessment = { recommendation: Recommendation; reasons: Reason[] };

/** From this many cases a debtor's cases are best handled together (one plan, or one bankruptcy). */
export const MANY_CASES = 5;

/**
 * The recommendation the data supports, with its reasons (docs/debtor.md, "Rescue or exit"). The rules are
 * the bureau's working criteria made explicit, not a legal test; the lead decides and records why.
 * - transfer to bankruptcy 执转破 when the enterprise has stopped (or is deserted), its assets and
 *   receivables do not cover its debts, and it has no orders — nothing left to rescue;
 * - flexible enforcement with a plan when it is operating, has prospects (orders or qualifications), its
 *   orders, receivables and assets together cover its debts, and its industry is not declining;
 * - continued forced enforcement otherwise.
 */
export function assessDebtor(facts: DebtorFacts): Assessment {
  const debts = facts.debts.courtClaimsFen + facts.debts.otherDebtsFen;
  const assets = facts.ledgerValueFen + facts.receivablesFen;
  const capacity = assets + facts.ordersFen;
  const state = facts.operatingState;
  const isOperating = state === 'normal' || state === 'partly_stopped';
  const hasStopped = state === 'stopped' || state === 'abandoned';
  const hasProspects = facts.ordersFen > 0 || facts.qualifications.length > 0;
  const many: Reason[] =
    facts.casesCourtWide >= MANY_CASES
      ? [{ code: 'debtor.reason.manyCases', params: { count: facts.casesCourtWide } }]
      : [];

  if (hasStopped && assets < debts && facts.ordersFen === 0) {
    return {
      recommendation: 'transfer_to_bankruptcy',
      reasons: [
        { code: 'debtor.reason.notOperating', params: { state: state } },
        { code: 'debtor.reason.insolvent', params: { assets: formatYuan(assets), debts: formatYuan(debts) } },
        { code: 'debtor.reason.noOrders' },
        ...many,
      ],
    };
  }

  const canPayOverTime = capacity >= debts;
  const payParams = { capacity: formatYuan(capacity), debts: formatYuan(debts) };
  if (isOperating && hasProspects && canPayOverTime && facts.industryOutlook !== 'declining') {
    return {
      recommendation: 'flexible_with_plan',
      reasons: [
        { code: 'debtor.reason.operating', params: { state: state } },
        ...(facts.ordersFen > 0
          ? [{ code: 'debtor.reason.hasOrders' as const, params: { orders: formatYuan(facts.ordersFen) } }]
          : []),
        ...(facts.receivablesFen > 0
          ? [
              {
                code: 'debtor.reason.hasReceivables' as const,
                params: { receivables: formatYuan(facts.receivablesFen) },
              },
            ]
          : []),
        ...(facts.qualifications.length > 0
          ? [
              {
                code: 'debtor.reason.hasQualifications' as const,
                params: { count: facts.qualifications.length },
              },
            ]
          : []),
        { code: 'debtor.reason.canPayOverTime', params: payParams },
        ...many,
      ],
    };
  }

  const reasons: Reason[] = [];
  if (state === null) reasons.push({ code: 'debtor.reason.operatingStateUnknown' });
  else if (!isOperating) reasons.push({ code: 'debtor.reason.notOperating', params: { state } });
  if (!hasProspects) reasons.push({ code: 'debtor.reason.noProspects' });
  else if (hasStopped && facts.ordersFen > 0) {
    reasons.push({ code: 'debtor.reason.hasOrders', params: { orders: formatYuan(facts.ordersFen) } });
  }
  if (!canPayOverTime) reasons.push({ code: 'debtor.reason.cannotPayOverTime', params: payParams });
  if (facts.industryOutlook === 'declining') reasons.push({ code: 'debtor.reason.decliningIndustry' });
  if (facts.ledgerValueFen > 0 && facts.ledgerValueFen >= facts.debts.courtClaimsFen) {
    reasons.push({
      code: 'debtor.reason.assetsCoverClaims',
      params: { assets: formatYuan(facts.ledgerValueFen), claims: formatYuan(facts.debts.courtClaimsFen) },
    });
  }
  return { recommendation: 'continued_forced', reasons: [...reasons, ...many] };
}
