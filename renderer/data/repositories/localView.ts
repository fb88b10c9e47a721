import type { z } from 'zod';
import type { Json } from '../../../shared/sync/mutation';
import type { OutboxRow } from '../rows';

/**
 * The record the screens show: the server's version (`data`) with this installation's pending edits laid
 * over it, in the order they were made. When the edits no longer fit the record (the server's version
 * moved on, e.g. the case was closed meanwhile), the server's version is shown: the edit stays in the
 * outbox and will be answered, but it must not hide the server's state. Null when neither fits.
 */
export function localView<S extends z.ZodType>(
  schema: S,
  data: Readonly<Record<string, Json>>,
  pending: readonly OutboxRow[] | undefined,
): z.infer<S> | null {
  if (!pending || pending.length === 0) return schema.safeParse(data).data ?? null;
  const local: Record<string, Json> = { ...data };
  for (const m of pending) for (const [field, change] of Object.entries(m.changes)) local[field] = change.to;
  const parsed = schema.safeParse(local);
  return parsed.success ? parsed.data : (schema.safeParse(data).data ?? null);
}
