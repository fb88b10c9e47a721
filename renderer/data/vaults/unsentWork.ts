import type { Repositories } from '../createRepositories';

/**
 * What in a vault has not reached the court server: outbox entries (waiting, or refused and still shown
 * to the officer), the records they are about, and attachment bytes not uploaded. All zero means the
 * court has everything and the vault can be deleted without losing anything.
 */
export type UnsentWork = { changes: number; records: number; photos: number };

export async function unsentWork(repos: Repositories): Promise<UnsentWork> {
  const entries = [...(await repos.outbox.pending()), ...(await repos.outbox.rejected())];
  const records = new Set(entries.map((m) => `${m.entity}\u0000${m.entityId}`));
  return { changes: entries.length, records: records.size, photos: await repos.blobUploads.countPending() };
}

export const isNothingUnsent = (w: UnsentWork) => w.changes === 0 && w.photos === 0;
