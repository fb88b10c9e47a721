import { describe, expect, it } from 'vitest';
import { messageText } from '../messages/messageText';
import { assessDebtor, type DebtorFacts } from './assessDebtor';

const yuan = (y: number) => y * 100;

/** The article's second example: 青山某股份有限公司, 32 disputes, qualifications, ten million in receivables. */
const qingshan: DebtorFacts = {
  operatingState: 'normal',
  ordersFen: yuan(30_000_000),
  receivablesFen: yuan(10_000_000),
  qualifications: ['建筑业资质', '能源电力资质', '承装（修、试）电力设施许可证'],
  industryOutlook: 'stable',
  debts: { courtClaimsFen: yuan(25_000_000), otherDebtsFen: yuan(5_000_000) },
  casesCourtWide: 32,
  ledgerValueFen: yuan(2_000_000),
};

/** The article's first example: operating, no property to enforce on but many machines; one case. */
const shenyang: DebtorFacts = {
  operatingState: 'normal',
  ordersFen: 0,
  receivablesFen: 0,
  qualifications: [],
  industryOutlook: 'unknown',
  debts: { courtClaimsFen: yuan(800_000), otherDebtsFen: 0 },
  casesCourtWide: 1,
  ledgerValueFen: yuan(1_500_000),
};

/** A deserted plant whose few assets cannot pay its debts, no orders. */
const deserted: DebtorFacts = {
  ...shenyang,
  operatingState: 'abandoned',
  debts: { courtClaimsFen: yuan(6_000_000), otherDebtsFen: yuan(1_000_000) },
  casesCourtWide: 9,
  ledgerValueFen: yuan(300_000),
  receivablesFen: yuan(50_000),
};

const codes = (facts: DebtorFacts) => assessDebtor(facts).reasons.map((r) => r.code);

describe('assessDebtor', () => {
  it('recommends flexible enforcement with a plan for the 32-case enterprise worth saving', () => {
    const a = assessDebtor(qingshan);
    expect(a.recommendation).toBe('flexible_with_plan');
    expect(codes(qingshan)).toEqual([
      'debtor.reason.operating',
      'debtor.reason.hasOrders',
      'debtor.reason.hasReceivables',
      'debtor.reason.hasQualifications',
      'debtor.reason.canPayOverTime',
      'debtor.reason.manyCases',
    ]);
    const many = a.reasons.at(-1)!;
    expect(messageText(many.code, 'zh-CN', many.params)).toContain('32 件');
    expect(a.reasons[4]!.params).toEqual({ capacity: '42,000,000.00', debts: '30,000,000.00' });
  });

  it('recommends continued forced enforcement for the operating debtor with machinery and no prospects', () => {
    expect(assessDebtor(shenyang).recommendation).toBe('continued_forced');
    expect(codes(shenyang)).toEqual(['debtor.reason.noProspects', 'debtor.reason.assetsCoverClaims']);
  });

  it('recommends transfer to bankruptcy for a deserted, insolvent debtor with no orders', () => {
    const a = assessDebtor(deserted);
    expect(a.recommendation).toBe('transfer_to_bankruptcy');
    expect(codes(deserted)).toEqual([
      'debtor.reason.notOperating',
      'debtor.reason.insolvent',
      'debtor.reason.noOrders',
      'debtor.reason.manyCases',
    ]);
    expect(a.reasons[1]!.params).toEqual({ assets: '350,000.00', debts: '7,000,000.00' });
  });

  it('does not transfer a stopped debtor whose property covers its debts: it is enforced on', () => {
    const solvent = { ...deserted, operatingState: 'stopped' as const, ledgerValueFen: yuan(7_000_000) };
    expect(assessDebtor(solvent).recommendation).toBe('continued_forced');
    expect(codes(solvent)).toContain('debtor.reason.assetsCoverClaims');
  });

  it('does not transfer a stopped debtor that still has orders, nor rescue one whose industry declines', () => {
    expect(
      assessDebtor({ ...deserted, operatingState: 'stopped', ordersFen: yuan(100_000) }).recommendation,
    ).toBe('continued_forced');
    expect(assessDebtor({ ...qingshan, industryOutlook: 'declining' })).toMatchObject({
      recommendation: 'continued_forced',
    });
    expect(codes({ ...qingshan, industryOutlook: 'declining' })).toContain('debtor.reason.decliningIndustry');
  });

  it('does not rescue a debtor whose means fall short of its debts, and asks for a visit when the state is unknown', () => {
    const short = { ...qingshan, ordersFen: yuan(1_000_000) };
    expect(assessDebtor(short).recommendation).toBe('continued_forced');
    expect(codes(short)).toContain('debtor.reason.cannotPayOverTime');
    expect(codes({ ...qingshan, operatingState: null })[0]).toBe('debtor.reason.operatingStateUnknown');
    expect(assessDebtor({ ...deserted, operatingState: null }).recommendation).toBe('continued_forced');
  });

  it('has a text in both languages for every reason it gives', () => {
    for (const facts of [qingshan, shenyang, deserted, { ...qingshan, operatingState: null }]) {
      for (const r of assessDebtor(facts).reasons) {
        expect(messageText(r.code, 'en', r.params)).not.toBe(r.code);
        expect(messageText(r.code, 'en', r.params)).not.toMatch(/\{\w+\}/);
        expect(messageText(r.code, 'zh-CN', r.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
