import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocationPart } from './allocationRule';
import { allocatePayment, type CaseOutstanding } from './allocatePayment';

const ids = Array.from({ length: 32 }, (_, i) => `case-${i + 1}`);
const sum = (parts: readonly AllocationPart[]) => parts.reduce((s, p) => s + p.amountFen, 0);
const partOf = (parts: readonly AllocationPart[], id: string) =>
  parts.find((p) => p.caseId === id)?.amountFen ?? 0;

function ok(result: ReturnType<typeof allocatePayment>): AllocationPart[] {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.parts;
}

/** 32 cases, outstanding from 0 to 10^12 fen (10 billion yuan), some of them nothing at all. */
const outstandings = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000_000 })), {
  minLength: 32,
  maxLength: 32,
});
const casesOf = (amounts: number[]): CaseOutstanding[] =>
  amounts.map((outstandingFen, i) => ({ caseId: ids[i]!, outstandingFen }));

describe('allocatePayment: properties across 32 cases', () => {
  it('pro rata: parts sum to the payment, none negative or over outstanding, each within 1 fen', () => {
    fc.assert(
      fc.property(outstandings, fc.double({ min: 0, max: 1, noNaN: true }), (amounts, fraction) => {
        const total = amounts.reduce((s, a) => s + a, 0);
        fc.pre(total > 0);
        const amount = Math.floor(total * fraction);
        const parts = ok(
          allocatePayment(amount, casesOf(amounts), { rule: 'pro_rata', caseIds: ids, allowExcess: false }),
        );
        expect(sum(parts)).toBe(amount);
        for (const [i, id] of ids.entries()) {
          const part = partOf(parts, id);
          expect(part).toBeGreaterThanOrEqual(0);
          expect(part).toBeLessThanOrEqual(amounts[i]!);
          // |part − amount × outstanding ÷ total| ≤ 1, i.e. |part × total − amount × outstanding| ≤ total.
          const gap = BigInt(part) * BigInt(total) - BigInt(amount) * BigInt(amounts[i]!);
          expect(gap <= BigInt(total) && gap >= -BigInt(total)).toBe(true);
        }
      }),
    );
  });

  it('in order: parts sum to the payment, and a later case gets money only once earlier ones are full', () => {
    fc.assert(
      fc.property(
        outstandings,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (amounts, fraction, reverse) => {
          const total = amounts.reduce((s, a) => s + a, 0);
          fc.pre(total > 0);
          const amount = Math.floor(total * fraction);
          const order = reverse ? [...ids].reverse() : ids;
          const parts = ok(
            allocatePayment(amount, casesOf(amounts), {
              rule: 'in_order',
              caseIds: order,
              allowExcess: false,
            }),
          );
          expect(sum(parts)).toBe(amount);
          let earlierAllFull = true;
          for (const id of order) {
            const part = partOf(parts, id);
            const outstanding = amounts[ids.indexOf(id)]!;
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(outstanding);
            if (!earlierAllFull) expect(part).toBe(0);
            if (part < outstanding) earlierAllFull = false;
          }
        },
      ),
    );
  });

  it('agreed: any parts that add up are kept as agreed; one fen off is refused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 32, maxLength: 32 }),
        (agreedParts) => {
          const amount = agreedParts.reduce((s, a) => s + a, 0);
          const parts = agreedParts.map((amountFen, i) => ({ caseId: ids[i]!, amountFen }));
          const cases = casesOf(agreedParts);
          const result = ok(allocatePayment(amount, cases, { rule: 'agreed', parts, allowExcess: false }));
          expect(sum(result)).toBe(amount);
          for (const p of parts) expect(partOf(result, p.caseId)).toBe(p.amountFen);
          expect(
            allocatePayment(amount + 1, cases, { rule: 'agreed', parts, allowExcess: false }),
          ).toMatchObject({
            ok: false,
            code: 'payment.partsDoNotSum',
          });
        },
      ),
    );
  });
});

describe('allocatePayment: the remainder rule', () => {
  const three = casesOf([100, 100, 100]);

  it('gives the fen left by rounding down to the largest remainders, ties by the stated order', () => {
    // 100 fen over three equal cases: 33 each, remainders all equal, so the first listed gets the extra fen.
    expect(
      ok(allocatePayment(100, three, { rule: 'pro_rata', caseIds: ids.slice(0, 3), allowExcess: false })),
    ).toEqual([
      { caseId: 'case-1', amountFen: 34 },
      { caseId: 'case-2', amountFen: 33 },
      { caseId: 'case-3', amountFen: 33 },
    ]);
    const reversed = ['case-3', 'case-2', 'case-1'];
    expect(
      partOf(
        ok(allocatePayment(100, three, { rule: 'pro_rata', caseIds: reversed, allowExcess: false })),
        'case-3',
      ),
    ).toBe(34);
  });

  it('prefers the larger remainder over the order', () => {
    // 10 fen over outstanding 1, 2, 3 (total 6): exact 1.67, 3.33, 5 → floors 1, 3, 5; the spare fen goes to
    // case-1 (remainder 0.67) although case-2 is next in order.
    const parts = ok(
      allocatePayment(10, casesOf([1, 2, 3]), {
        rule: 'pro_rata',
        caseIds: ids.slice(0, 3),
        allowExcess: true,
      }),
    );
    expect(parts.map((p) => p.amountFen)).toEqual([2, 3, 5]);
  });
});

describe('allocatePayment: refusals', () => {
  const cases = casesOf([1000, 500]);
  const two = ids.slice(0, 2);

  it('never allocates more than the outstanding unless told to', () => {
    for (const rule of ['pro_rata', 'in_order'] as const) {
      expect(allocatePayment(1501, cases, { rule, caseIds: two, allowExcess: false })).toEqual({
        ok: false,
        code: 'payment.exceedsOutstanding',
        params: { amount: '15.01', outstanding: '15.00' },
      });
    }
    expect(ok(allocatePayment(1600, cases, { rule: 'in_order', caseIds: two, allowExcess: true }))).toEqual([
      { caseId: 'case-1', amountFen: 1000 },
      { caseId: 'case-2', amountFen: 600 },
    ]);
    const agreedOver = [{ caseId: 'case-2', amountFen: 600 }];
    expect(
      allocatePayment(600, cases, { rule: 'agreed', parts: agreedOver, allowExcess: false }),
    ).toMatchObject({
      code: 'payment.partExceedsOutstanding',
    });
    expect(allocatePayment(600, cases, { rule: 'agreed', parts: agreedOver, allowExcess: true }).ok).toBe(
      true,
    );
  });

  it('refuses cases of another debtor, duplicates, and cases with nothing outstanding', () => {
    expect(
      allocatePayment(1, cases, { rule: 'pro_rata', caseIds: ['elsewhere'], allowExcess: false }),
    ).toMatchObject({ code: 'payment.unknownCase' });
    expect(
      allocatePayment(1, cases, { rule: 'in_order', caseIds: ['case-1', 'case-1'], allowExcess: false }),
    ).toMatchObject({ code: 'payment.duplicateCase' });
    expect(
      allocatePayment(1, casesOf([0, 0]), { rule: 'pro_rata', caseIds: two, allowExcess: true }),
    ).toMatchObject({ code: 'payment.nothingOutstanding' });
  });
});
