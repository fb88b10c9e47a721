import { z } from 'zod';
import { incidentKindSchema } from './incidentKind';
import { incidentMeasureSchema } from './incidentMeasure';
import { isNotBlank } from './isNotBlank';
import { personPresentSchema } from './personPresent';
import type { VisitCode } from './visitMessages';

/**
 * An obstruction incident 妨害执行 recorded on a visit, as it happens: when and where, who was involved, what
 * happened, the evidence (described here; photos and recordings link to the incident as attachments), the
 * measures taken, and the bodies that assisted (e.g. the local police station, the local court).
 */
export const incidentSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  visitId: z.string().min(1),
  kind: incidentKindSchema,
  occurredAt: z.iso.datetime({ offset: true, error: 'visit.datetime' satisfies VisitCode }),
  place: z.string().max(500, { error: 'text.tooLong' }),
  persons: z.array(personPresentSchema),
  description: z.string().max(10_000, { error: 'text.tooLong' }),
  evidence: z.string().max(5_000, { error: 'text.tooLong' }),
  measures: z.array(incidentMeasureSchema),
  assistingBodies: z.array(
    z.string().max(200, { error: 'text.tooLong' }).refine(isNotBlank, { error: 'text.required' }),
  ),
});
export type Incident = z.infer<typeof incidentSchema>;
