import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { ownerClassSchema } from '../../../../shared/assets/ownerClass';
import { IMPORT_FIELDS } from '../../../../shared/inventoryImport/columnMapping';
import type { HeldImport } from './importWizard';

/**
 * An import's rows still waiting for correction, as kept on this device. Parsed when read back: the
 * storage belongs to the browser profile and may hold anything.
 */
export const heldImportSchema = z.object({
  source: z.object({
    fileName: z.string(),
    kind: z.enum(['csv', 'xlsx', 'xls', 'et', 'ods']),
    // Kept before sheets could be chosen: those held imports have no sheet name, and need none.
    sheetName: z.string().nullable().default(null),
    rows: z.array(z.array(z.string())),
    detail: z.string(),
    problems: z.array(
      z.object({ code: z.string(), rowNumber: z.number().optional(), count: z.number().optional() }),
    ),
  }),
  headerRowIndex: z.number().int().nonnegative(),
  mapping: z.object({
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().nonnegative()),
    valueUnit: z.enum(['yuan', 'wan_yuan']),
    valueBasis: z.enum(['line', 'per_unit']),
  }),
  ownerClass: ownerClassSchema,
  importedCount: z.number().int().nonnegative(),
}) satisfies z.ZodType<HeldImport>;

type HeldImportState = {
  byVisit: Record<string, unknown>;
  hold: (visitId: string, held: HeldImport) => void;
  release: (visitId: string) => void;
};

/**
 * Bad rows of an import, kept per visit after the good rows went in, so that closing the wizard (or the
 * window) does not lose them: the panel offers to continue correcting them. UI state, not ledger data —
 * these rows are not assets until they are corrected and imported.
 */
export const useHeldImportStore = create<HeldImportState>()(
  persist(
    (set) => ({
      byVisit: {},
      hold: (visitId, held) => set((s) => ({ byVisit: { ...s.byVisit, [visitId]: held } })),
      release: (visitId) =>
        set((s) => {
          if (!(visitId in s.byVisit)) return s;
          const byVisit = { ...s.byVisit };
          delete byVisit[visitId];
          return { byVisit };
        }),
    }),
    { name: 'fieldwrit.inventory.heldImports', partialize: (s) => ({ byVisit: s.byVisit }) },
  ),
);

/** The held import of a visit, if one is kept and still readable. */
export function heldImportOfVisit(byVisit: Record<string, unknown>, visitId: string): HeldImport | null {
  if (!Object.hasOwn(byVisit, visitId)) return null;
  const parsed = heldImportSchema.safeParse(byVisit[visitId]);
  return parsed.success ? parsed.data : null;
}
