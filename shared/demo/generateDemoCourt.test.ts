import { describe, expect, it } from 'vitest';
import { caseSchema, claimTotal } from '../domain/case';
import type { Case } from '../domain/case';
import type { CaseType } from '../domain/caseType';
import { partyKey } from '../domain/party';
import { UUID_PATTERN } from '../ids/uuidv7';
import { validateCaseNumber } from '../validation/caseNumber';
import { demoOfficers } from './demoOfficers';
import { generateDemoCourt } from './generateDemoCourt';

const NOW = new Date('2025-07-01T10:00:00+08:00');
const TODAY = '2025-07-01';
/** The article's H1 2025 total: 1083 first-enforcement + 163 resumed + 214 preservation cases. */
const H1_TOTAL = 1460;
const demo = generateDemoCourt({ seed: 2025, caseCount: H1_TOTAL, now: NOW });
const cases = demo.cases;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + 1);
  return m;
}

function ofType(type: CaseType): Case[] {
  return cases.filter((c) => c.type === type);
}

describe('generateDemoCourt', () => {
  it('is deterministic: the same seed gives the same court, a different seed a different one', () => {
    expect(generateDemoCourt({ seed: 2025, caseCount: H1_TOTAL, now: NOW })).toEqual(demo);
    const other = generateDemoCourt({ seed: 2026, caseCount: H1_TOTAL, now: NOW });
    expect(other.cases.map((c) => c.id)).not.toEqual(cases.map((c) => c.id));
  });

  it('describes the court and its staff', () => {
    expect(demo.court).toEqual({ name: '内蒙古自治区包头市昆都仑区人民法院', code: '内0203' });
    expect(demo.officers).toBe(demoOfficers);
    expect(demo.teams.length).toBeGreaterThanOrEqual(2);
  });

  it('makes exactly caseCount cases, all demo, all of this court, sorted by acceptance', () => {
    expect(cases).toHaveLength(H1_TOTAL);
    for (const c of cases) {
      expect(c.isDemo).toBe(true);
      expect(c.courtName).toBe(demo.court.name);
    }
    const accepted = cases.map((c) => c.acceptedOn);
    expect(accepted).toEqual([...accepted].sort());
    expect(generateDemoCourt({ seed: 1, caseCount: 0, now: NOW }).cases).toEqual([]);
  });

  it('makes every case valid against caseSchema, already in canonical form', () => {
    for (const c of cases) expect(caseSchema.parse(c)).toEqual(c);
  });

  it('follows the H1 2025 type proportions 1083 : 163 : 214', () => {
    expect(ofType('first')).toHaveLength(1083);
    expect(ofType('resumed')).toHaveLength(163);
    expect(ofType('preservation')).toHaveLength(214);
    const big = generateDemoCourt({ seed: 3, caseCount: 10_000, now: NOW }).cases;
    const counts = countBy(big, (c) => c.type);
    expect(counts.get('first')! / 10_000).toBeCloseTo(1083 / 1460, 2);
    expect(counts.get('resumed')! / 10_000).toBeCloseTo(163 / 1460, 2);
    expect(counts.get('preservation')! / 10_000).toBeCloseTo(214 / 1460, 2);
  });

  it.each([
    ['first', 756 / 1083],
    ['resumed', 84 / 163],
    ['preservation', 198 / 214],
  ] as const)('closes %s cases in the reported share (%f)', (type, share) => {
    const all = ofType(type);
    const closed = all.filter((c) => c.status === 'closed');
    expect(Math.abs(closed.length / all.length - share)).toBeLessThan(0.01);
  });

  it('gives closed cases a closing date on or after acceptance and not after today; open cases none', () => {
    for (const c of cases) {
      expect(c.acceptedOn <= TODAY).toBe(true);
      expect(c.acceptedOn > '2024-06-28').toBe(true);
      if (c.status === 'closed') {
        expect(c.closingMode).not.toBeNull();
        expect(c.closedOn! >= c.acceptedOn, c.caseNumber).toBe(true);
        expect(c.closedOn! <= TODAY).toBe(true);
      } else {
        expect(c.closingMode).toBeNull();
        expect(c.closedOn).toBeNull();
      }
    }
  });

  it('accepts and closes cases on working days only', () => {
    const isWeekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
    for (const c of cases) {
      expect(isWeekend(c.acceptedOn), c.acceptedOn).toBe(false);
      if (c.closedOn) expect(isWeekend(c.closedOn), c.closedOn).toBe(false);
    }
  });

  it('closes enforcement cases most often by 终本, and uses all four closing modes', () => {
    const enforcement = cases.filter((c) => c.type !== 'preservation' && c.closingMode !== null);
    const modes = countBy(enforcement, (c) => c.closingMode!);
    const [top] = [...modes].sort((a, b) => b[1] - a[1]);
    expect(top![0]).toBe('terminated_this_round');
    expect(modes.size).toBe(4);
  });

  it('keeps open cases in plausible states: mostly in enforcement, some suspended or just accepted', () => {
    const open = countBy(
      cases.filter((c) => c.status !== 'closed'),
      (c) => c.status,
    );
    expect(open.get('enforcing')!).toBeGreaterThan(open.get('suspended')!);
    expect(open.get('suspended')!).toBeGreaterThan(0);
    expect(open.get('accepted')!).toBeGreaterThan(0);
  });

  it('keeps claims within 10,000 – 50 million yuan principal and recoveries within the claim', () => {
    for (const c of cases) {
      expect(c.claim.principalFen).toBeGreaterThanOrEqual(1_000_000);
      expect(c.claim.principalFen).toBeLessThanOrEqual(5_000_000_000);
      expect(c.recoveredFen).toBeLessThanOrEqual(claimTotal(c.claim));
      if (c.type === 'preservation') expect(c.recoveredFen).toBe(0);
      else if (c.closingMode === 'fully_performed') expect(c.recoveredFen).toBe(claimTotal(c.claim));
      if (c.status === 'accepted') expect(c.recoveredFen).toBe(0);
    }
    // Log-distributed: the median is far below the mean, and both small and large claims occur.
    const principals = cases.map((c) => c.claim.principalFen).sort((a, b) => a - b);
    const median = principals[Math.floor(principals.length / 2)]!;
    expect(median).toBeGreaterThan(5_000_000);
    expect(median).toBeLessThan(20_000_000);
    expect(principals[0]!).toBeLessThan(2_000_000);
    expect(principals.at(-1)!).toBeGreaterThan(500_000_000);
  });

  it('recovers a total of the same order as the article’s 87.52 million yuan', () => {
    const recoveredYuan = cases.reduce((sum, c) => sum + c.recoveredFen, 0) / 100;
    expect(recoveredYuan).toBeGreaterThan(30_000_000);
    expect(recoveredYuan).toBeLessThan(300_000_000);
  });

  it('repeats debtors: one respondent faces about thirty cases, many face several', () => {
    const perDebtor = [...countBy(cases, (c) => partyKey(c.respondents[0]!))].sort((a, b) => b[1] - a[1]);
    const [topKey, topCount] = perDebtor[0]!;
    expect(topCount).toBeGreaterThanOrEqual(30);
    expect(perDebtor.filter(([, n]) => n >= 5).length).toBeGreaterThanOrEqual(10);
    expect(perDebtor.filter(([, n]) => n === 1).length).toBeGreaterThan(100);
    // Like the article's debtor: an enterprise limited by shares, with cases of several types.
    const topCases = cases.filter((c) => partyKey(c.respondents[0]!) === topKey);
    expect(topCases[0]!.respondents[0]!.name).toMatch(/股份有限公司$/);
    expect(new Set(topCases.map((c) => c.type)).size).toBeGreaterThan(1);
  });

  it('keeps each party consistent across cases: one key, one name', () => {
    const names = new Map<string, string>();
    for (const c of cases) {
      for (const p of [...c.applicants, ...c.respondents]) {
        const key = partyKey(p);
        expect(names.get(key) ?? p.name, key).toBe(p.name);
        names.set(key, p.name);
      }
    }
  });

  it('draws enterprise respondents from the court’s area (Baotou credit codes)', () => {
    for (const c of cases) {
      for (const p of c.respondents) {
        if (p.kind === 'enterprise') expect(p.creditCode).toMatch(/^91(1502\d\d|150000)/);
        else expect(p.idNumber).toMatch(/^1502\d\d/);
      }
    }
  });

  it('names enterprises like Chinese firms and gives each a legal representative', () => {
    for (const c of cases) {
      for (const p of [...c.applicants, ...c.respondents]) {
        if (p.kind !== 'enterprise') continue;
        expect(p.name).toMatch(/^[\u4e00-\u9fff]+(有限公司|有限责任公司|股份有限公司)$/);
        expect(p.legalRepresentative).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      }
    }
  });

  it('numbers cases uniquely: type word and year match, sequences count up per year and type word', () => {
    const typeWords = { first: '执', resumed: '执恢', preservation: '执保' } as const;
    const last = new Map<string, number>();
    for (const c of cases) {
      const parsed = validateCaseNumber(c.caseNumber);
      if (!parsed.ok) throw new Error(`invalid case number ${c.caseNumber}`);
      const { year, courtCode, typeWord, sequence } = parsed.value;
      expect(courtCode).toBe('内0203');
      expect(typeWord).toBe(typeWords[c.type]);
      expect(year).toBe(Number(c.acceptedOn.slice(0, 4)));
      const key = `${year}${typeWord}`;
      if (last.has(key)) expect(sequence).toBe(last.get(key)! + 1);
      last.set(key, sequence);
    }
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
    // The window starts mid-2024, so 2024 numbering continues from earlier cases; 2025 starts at 1.
    expect(cases.find((c) => c.caseNumber.startsWith('（2025）内0203执1'))?.caseNumber).toBe(
      '（2025）内0203执1号',
    );
  });

  it('uses unique UUIDv7 ids whose time is a working hour of the acceptance day (China time)', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.id).toMatch(UUID_PATTERN);
      expect(c.id[14]).toBe('7');
      const ms = parseInt(c.id.replaceAll('-', '').slice(0, 12), 16);
      const china = new Date(ms + 8 * 3_600_000);
      expect(china.toISOString().slice(0, 10)).toBe(c.acceptedOn);
      expect(china.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(china.getUTCHours()).toBeLessThanOrEqual(17);
    }
  });

  it('assigns officers from the case’s own team, led by the team lead', () => {
    for (const c of cases) {
      expect(c.officers.length).toBeGreaterThanOrEqual(2);
      for (const ref of c.officers) {
        const officer = demoOfficers.find((o) => o.id === ref.userId)!;
        expect(officer.name).toBe(ref.name);
        expect(officer.teamId).toBe(c.teamId);
      }
      const lead = demoOfficers.find((o) => o.id === c.officers[0]!.userId)!;
      expect(lead.role).toBe('teamLead');
      expect(new Set(c.officers.map((o) => o.userId)).size).toBe(c.officers.length);
    }
  });

  it('returns independent objects: editing one case’s party does not edit another case', () => {
    const byDebtor = countBy(cases, (c) => partyKey(c.respondents[0]!));
    const [key] = [...byDebtor].find(([, n]) => n > 1)!;
    const [a, b] = cases.filter((c) => partyKey(c.respondents[0]!) === key);
    expect(a!.respondents[0]).not.toBe(b!.respondents[0]);
  });

  it('refuses nonsensical options', () => {
    expect(() => generateDemoCourt({ seed: 1, caseCount: -1, now: NOW })).toThrow();
    expect(() => generateDemoCourt({ seed: 1, caseCount: 1.5, now: NOW })).toThrow();
    expect(() => generateDemoCourt({ seed: 1, caseCount: 10, now: NOW, windowDays: 3 })).toThrow();
  });

  it('generates 50,000 cases quickly, with unique numbers and ids (time printed, loosely bounded)', () => {
    const start = performance.now();
    const big = generateDemoCourt({ seed: 50_000, caseCount: 50_000, now: NOW });
    const ms = performance.now() - start;
    process.stdout.write(`generateDemoCourt: 50,000 cases in ${ms.toFixed(0)} ms\n`);
    expect(big.cases).toHaveLength(50_000);
    expect(new Set(big.cases.map((c) => c.caseNumber)).size).toBe(50_000);
    expect(new Set(big.cases.map((c) => c.id)).size).toBe(50_000);
    // A sample is schema-checked here; the full check runs on the H1-sized court above.
    for (let i = 0; i < big.cases.length; i += 97) caseSchema.parse(big.cases[i]);
    // Loose bound: a shared CI machine can be slow; the target is well under 2 s on an idle one.
    expect(ms).toBeLessThan(15_000);
  });
});
