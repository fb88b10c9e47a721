import type { z } from 'zod';
import { CourtHttpError } from './CourtHttpError';

/**
 * The body of a successful court server answer, parsed with its shared schema. A connection cut while the
 * body arrives is status 0 (retry); a body that is not JSON or does not match the contract is 502 (not the
 * court server we expect, or a proxy in the way).
 */
export async function readCourtJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new CourtHttpError(0, null);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CourtHttpError(502, null, null, text);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CourtHttpError(502, null, null, json);
  return parsed.data;
}
