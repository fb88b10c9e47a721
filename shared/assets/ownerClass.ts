import { z } from 'zod';

/**
 * Who owns an asset (domain rule 2): the debtor enterprise, a shareholder personally, a third party 案外人,
 * a lessor (leased equipment), or not yet known.
 */
export const OWNER_CLASSES = [
  'enterprise',
  'shareholder_personal',
  'third_party',
  'leased',
  'unclear',
] as const;
export const ownerClassSchema = z.enum(OWNER_CLASSES);
export type OwnerClass = z.infer<typeof ownerClassSchema>;
