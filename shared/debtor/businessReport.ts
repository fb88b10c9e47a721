import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { fenSchema } from '../domain/money';
import { isoDateSchema } from '../legalCalendar/calendarDate';

export const REPORT_FREQUENCIES = ['monthly', 'quarterly'] as const;
export const reportFrequencySchema = z.enum(REPORT_FREQUENCIES);
export type ReportFrequency = z.infer<typeof reportFrequencySchema>;

/**
 * When a debtor judged worth saving must report on its business 定期报告经营状况: every month or quarter,
 * the first report due on `firstDueDate` and each later one the same day of the month a period later (the
 * month's last day when it has no such day). `endsOn` stops the schedule (plan performed, decision changed).
 */
export const businessReportScheduleSchema = z.object({
  debtorKey: z.string().min(1),
  frequency: reportFrequencySchema,
  firstDueDate: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
});
export type BusinessReportSchedule = z.infer<typeof businessReportScheduleSchema>;

/** One report received from the debtor. `period` counts from 1 (the report due on `firstDueDate`). */
export const businessReportSchema = z.object({
  id: z.string().min(1),
  debtorKey: z.string().min(1),
  period: z.number().int().min(1),
  receivedOn: isoDateSchema,
  revenueFen: fenSchema,
  ordersCount: z.number().int().nonnegative(),
  ordersValueFen: fenSchema,
  receivablesFen: fenSchema,
  workforce: z.number().int().nonnegative(),
  notes: z.string().max(5000),
  attachmentIds: z.array(z.string().min(1)).max(100),
  recordedBy: officerRefSchema,
});
export type BusinessReport = z.infer<typeof businessReportSchema>;
