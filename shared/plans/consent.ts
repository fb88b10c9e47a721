import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import type { DebtorCode } from '../debtor/debtorMessages';
import { isoDateSchema } from '../legalCalendar/calendarDate';

export const CONSENT_STATUSES = ['agreed', 'refused', 'pending'] as const;
export const consentStatusSchema = z.enum(CONSENT_STATUSES);
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

/**
 * How the applicant's answer was taken: signed the agreement 签署协议, a written statement 书面意见, the
 * officers' record of a talk 谈话笔录, a recorded phone call 电话记录, other.
 */
export const CONSENT_RECORDINGS = [
  'signed_agreement',
  'written_statement',
  'talk_record',
  'phone_record',
  'other',
] as const;
export const consentRecordingSchema = z.enum(CONSENT_RECORDINGS);
export type ConsentRecording = z.infer<typeof consentRecordingSchema>;

/**
 * One applicant's answer 申请执行人意见 to a plan or a transfer, for one case. Write-once: a changed answer
 * (pending → agreed, or a change of mind) is a new record whose `supersedes` names the one it replaces, so the
 * file shows every answer ever given.
 */
export const consentSchema = z
  .object({
    id: z.string().min(1),
    caseId: z.string().min(1),
    applicantName: z
      .string()
      .trim()
      .min(1, { error: 'payment.textRequired' satisfies DebtorCode })
      .max(200),
    status: consentStatusSchema,
    /** The day the applicant answered; null only while pending. */
    decidedOn: isoDateSchema.nullable(),
    recordedHow: consentRecordingSchema,
    recordedBy: officerRefSchema,
    recordedOn: isoDateSchema,
    supersedes: z.string().min(1).nullable(),
  })
  .refine((c) => c.status === 'pending' || c.decidedOn !== null, {
    error: 'plan.consentDateMissing' satisfies DebtorCode,
    path: ['decidedOn'],
  });
export type Consent = z.infer<typeof consentSchema>;
