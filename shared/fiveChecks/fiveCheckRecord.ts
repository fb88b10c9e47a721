import { z } from 'zod';
import { isoDateSchema } from '../legalCalendar/calendarDate';
import { isNotBlank } from '../visits/isNotBlank';
import type { FiveChecksCode } from './fiveChecksMessages';

/**
 * The five kinds of property the bureau checks for a long-pending case 五查: bank deposits 存款, real estate
 * 房产, land 土地, vehicles 车辆, equity 股权. Named as the ledger's asset classes, so a check's findings link
 * to assets of the same class.
 */
export const FIVE_CHECK_CLASSES = ['bank_deposit', 'real_estate', 'land', 'vehicle', 'equity'] as const;
export const fiveCheckClassSchema = z.enum(FIVE_CHECK_CLASSES);
export type FiveCheckClass = z.infer<typeof fiveCheckClassSchema>;

/**
 * Where the answer came from: the online query-and-control system 执行查控系统 — nationwide 总对总 (the Supreme
 * People's Court's links to national banks and agencies) or local 点对点 (the province's links to local
 * institutions) — or an offline verification 线下核查 at the institution, which must be named.
 */
export const fiveCheckSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('online'),
    channel: z.enum(['nationwide', 'local']),
    /** Optional for online answers: the system names the responding institution in its findings. */
    institution: z.string().max(200, { error: 'text.tooLong' }),
  }),
  z.object({
    kind: z.literal('offline'),
    institution: z
      .string()
      .max(200, { error: 'text.tooLong' })
      .refine(isNotBlank, { error: 'fiveChecks.institutionRequired' satisfies FiveChecksCode }),
  }),
]);
export type FiveCheckSource = z.infer<typeof fiveCheckSourceSchema>;

/** Found property, found nothing, or asked and still waiting for the answer. */
export const FIVE_CHECK_RESULTS = ['found', 'nothing_found', 'pending'] as const;
export const fiveCheckResultSchema = z.enum(FIVE_CHECK_RESULTS);
export type FiveCheckResult = z.infer<typeof fiveCheckResultSchema>;

/**
 * One check of one class on a case, as a record: when, through which channel, what came back, and the
 * ledger assets it found (a check that found property creates or links them). A check that found nothing
 * links no asset: linking one would contradict its own result.
 */
export const fiveCheckRecordSchema = z
  .object({
    id: z.string().min(1),
    caseId: z.string().min(1),
    checkClass: fiveCheckClassSchema,
    /** The day the query was made or the verification done; a pending check is dated when it was sent. */
    checkedOn: isoDateSchema,
    source: fiveCheckSourceSchema,
    result: fiveCheckResultSchema,
    findings: z.string().max(5000, { error: 'text.tooLong' }),
    linkedAssetIds: z.array(z.string().min(1)).max(500),
  })
  .superRefine((check, ctx) => {
    if (check.result !== 'found' && check.linkedAssetIds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'fiveChecks.linkedWithoutFinding' satisfies FiveChecksCode,
        path: ['linkedAssetIds'],
      });
    }
    if (new Set(check.linkedAssetIds).size !== check.linkedAssetIds.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'fiveChecks.assetLinkedTwice' satisfies FiveChecksCode,
        path: ['linkedAssetIds'],
      });
    }
  });
export type FiveCheckRecord = z.infer<typeof fiveCheckRecordSchema>;
