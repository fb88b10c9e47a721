import { z } from 'zod';
import { generateDemoCourt } from '../../../shared/demo/generateDemoCourt';
import type { Repositories } from '../../data/createRepositories';

/**
 * Cases written per transaction. Big enough that 50,000 cases take 25 commits (their cost is lost in the
 * rows' own), small enough that the progress bar moves every second or so on a slow laptop.
 */
export const DEMO_BATCH_SIZE = 2_000;

/** What a demo load in progress was started with, so an interrupted one is finished with the same court. */
const PENDING_KEY = 'demoLoading';
const pendingSchema = z.object({
  seed: z.number().int(),
  caseCount: z.number().int().positive(),
  now: z.iso.datetime(),
});
type DemoLoad = z.infer<typeof pendingSchema>;

export type DemoProgress = { done: number; total: number };

/** The demo court to make when the database has none: its seed, size and "today". */
export type DemoCourtRequest = { seed: number; caseCount: number; now: Date };

/**
 * The load this device still owes: one interrupted earlier (the window closed half-way), else a new one if
 * the database has neither a demo court nor any case.
 */
async function owedLoad(repos: Repositories, request: DemoCourtRequest): Promise<DemoLoad | undefined> {
  if (await repos.meta.isDemoLoaded()) return undefined;
  const interrupted = pendingSchema.safeParse(await repos.meta.get(PENDING_KEY));
  if (interrupted.success) return interrupted.data;
  if ((await repos.cases.count()) > 0) return undefined;
  return { seed: request.seed, caseCount: request.caseCount, now: request.now.toISOString() };
}

/**
 * On a first start, generates the demo court and writes it in batches, reporting each one, then marks the
 * demo loaded and keeps its first officer as who writes here. Returns whether it loaded anything.
 *
 * Batches are separate transactions, so the boot screen can show progress between them. The load's inputs
 * are saved before the first batch and the court is deterministic in them, so a load cut short is redone
 * on the next start with the very same cases and ids: rows already written are simply written again, and
 * the demo is never left half-loaded and unmarked.
 */
export async function loadDemoCourt(
  repos: Repositories,
  request: DemoCourtRequest,
  onProgress: (progress: DemoProgress) => void,
  batchSize = DEMO_BATCH_SIZE,
): Promise<boolean> {
  const load = await owedLoad(repos, request);
  if (!load) return false;
  await repos.meta.put(PENDING_KEY, load);
  const total = load.caseCount;
  onProgress({ done: 0, total });
  // Let the screen show that generation has begun: generating 50,000 cases holds the thread for seconds.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const court = generateDemoCourt({ seed: load.seed, caseCount: total, now: new Date(load.now) });
  for (let start = 0; start < total; start += batchSize) {
    await repos.cases.putReceived(court.cases.slice(start, start + batchSize), null);
    onProgress({ done: Math.min(total, start + batchSize), total });
  }
  await repos.meta.markDemoLoaded();
  await repos.meta.remove(PENDING_KEY);
  const first = court.officers.find((o) => o.role === 'officer') ?? court.officers[0];
  if (first) await repos.session.keepWriterIfUnknown({ userId: first.id, name: first.name });
  return true;
}
