import { caseSchema, type Case } from '../../../shared/domain/case';
import { casePatchSchema, type CasePatch } from '../../../shared/domain/casePatch';
import type { CaseSummary } from '../../../shared/domain/caseSummary';
import type { FieldChange } from '../../../shared/sync/mutation';
import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import { fromCaseRow, toCaseRow, toSummaryRow } from './caseRows';

/** Normalises what a user types into the search box the way the haystack was built. */
export function normaliseQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, '');
}

/**
 * Cases on this device. Takes and returns shared domain types; Dexie rows never leave renderer/data.
 */
export function createCaseRepository(db: FieldWritDb) {
  return {
    async get(id: string): Promise<Case | undefined> {
      const row = await db.cases.get(id);
      return row ? fromCaseRow(row) : undefined;
    },

    async count(): Promise<number> {
      return db.cases.count();
    },

    /** Every case's list row, newest accepted first, with its search text. */
    async listSummaries(): Promise<(CaseSummary & { haystack: string })[]> {
      const rows = await db.caseSummaries.toArray();
      return rows.sort((a, b) => (a.acceptedOn < b.acceptedOn ? 1 : a.acceptedOn > b.acceptedOn ? -1 : 0));
    },

    /** The first `limit` list rows by acceptance date, for painting before the full list has loaded. */
    async firstSummaries(limit: number): Promise<CaseSummary[]> {
      return db.caseSummaries.orderBy('acceptedOn').reverse().limit(limit).toArray();
    },

    /** Other cases against any respondent of `c` (same credit code or ID number). */
    async siblingsOf(c: Case): Promise<Case[]> {
      const keys = c.respondents.map((p) => (p.kind === 'enterprise' ? p.creditCode : p.idNumber));
      // One exact lookup per key: in a sealed database the index holds blind tokens, whose order is not
      // the keys' order, so anyOf's ordered cursor walk cannot be used.
      const found = await Promise.all(keys.map((k) => db.cases.where('respondentKeys').equals(k).toArray()));
      const rows = [...new Map(found.flat().map((r) => [r.id, r])).values()];
      return rows
        .filter((r) => r.id !== c.id)
        .map(fromCaseRow)
        .sort((a, b) => (a.acceptedOn < b.acceptedOn ? 1 : -1));
    },

    /**
     * Stores cases as received from the court (demo data, server snapshots). These are not local edits,
     * so they do NOT enter the outbox.
     */
    async putReceived(cases: readonly Case[], baseSeq: number | null): Promise<void> {
      await db.transaction('rw', db.cases, db.caseSummaries, async () => {
        await db.cases.bulkPut(cases.map((c) => toCaseRow(c, baseSeq)));
        await db.caseSummaries.bulkPut(cases.map(toSummaryRow));
      });
    },

    /**
     * An officer's edit: writes the case and one outbox mutation with the changed fields, atomically.
     * Returns the saved case; a patch that changes nothing writes nothing.
     */
    async update(ctx: MutationContext, id: string, patch: CasePatch): Promise<Case> {
      const parsedPatch = casePatchSchema.safeParse(patch);
      if (!parsedPatch.success) throw new InvalidDataError(parsedPatch.error.issues.map((i) => i.message));
      const { result } = await mutate(db, ctx, async () => {
        const row = await db.cases.get(id);
        if (!row) throw new InvalidDataError(['case.notFound']);
        const before = fromCaseRow(row);
        const candidate = caseSchema.safeParse({ ...before, ...parsedPatch.data });
        if (!candidate.success) throw new InvalidDataError(candidate.error.issues.map((i) => i.message));
        const after = candidate.data;
        const changes: Record<string, FieldChange> = {};
        for (const key of Object.keys(parsedPatch.data) as (keyof CasePatch)[]) {
          if (!jsonEquals(before[key], after[key]))
            changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
        }
        if (Object.keys(changes).length === 0) return { result: before, changes: [] };
        await db.cases.put(toCaseRow(after, row.baseSeq));
        // Most edits (notes, officers) leave the list row as it was: skip that write on the save path.
        const summary = toSummaryRow(after);
        if (!jsonEquals(summary, toSummaryRow(before))) await db.caseSummaries.put(summary);
        return {
          result: after,
          changes: [{ op: 'patch', entity: 'case', entityId: id, caseId: id, baseSeq: row.baseSeq, changes }],
        };
      });
      return result;
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
