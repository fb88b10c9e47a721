import { z } from 'zod';
import type { VisitCode } from './visitMessages';

/**
 * Where the visit took place, in WGS 84 degrees. `source` records whether the platform measured it (`device`)
 * or a person typed it (`typed`), because the two carry different weight as evidence.
 */
export const coordinatesSchema = z.object({
  lat: z
    .number({ error: 'visit.latitudeRange' satisfies VisitCode })
    .min(-90, { error: 'visit.latitudeRange' satisfies VisitCode })
    .max(90, { error: 'visit.latitudeRange' satisfies VisitCode }),
  lng: z
    .number({ error: 'visit.longitudeRange' satisfies VisitCode })
    .min(-180, { error: 'visit.longitudeRange' satisfies VisitCode })
    .max(180, { error: 'visit.longitudeRange' satisfies VisitCode }),
  /** Radius of uncertainty in metres, when the platform reports one. */
  accuracyM: z
    .number({ error: 'visit.accuracyRange' satisfies VisitCode })
    .nonnegative({ error: 'visit.accuracyRange' satisfies VisitCode })
    .optional(),
  source: z.enum(['device', 'typed']),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;
