import type { z } from 'zod';
import { SyncHttpError } from '../SyncHttpError';

/**
 * The body of a successful blob answer, parsed with its shared schema. A connection cut while the body
 * arrives is status 0 (retry); a body that does not match the contract is 502 (not the court server we
 * expect, or a proxy in the way).
 */
export async function readBlobJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new SyncHttpError(0, null);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SyncHttpError(502, null, null, json);
  return parsed.data;
}
