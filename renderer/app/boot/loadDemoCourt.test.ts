import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDemoCourt } from '../../../shared/demo/generateDemoCourt';
import { createRepositories, type Repositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { loadDemoCourt, type DemoProgress } from './loadDemoCourt';

/** Small batches keep the test quick; the app writes BATCH at a time. */
const BATCH = 20;
const CASES = 2 * BATCH + 5;
const REQUEST = { seed: 7, caseCount: CASES, now: new Date('2027-03-31T15:50:00Z') };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`boot-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.meta.deviceId();
});

describe('loadDemoCourt', () => {
  it('reports each batch once it is written, then marks the demo loaded and keeps its first officer', async () => {
    const seen: (DemoProgress & { stored: number })[] = [];
    const progress: Promise<void>[] = [];
    const isLoaded = await loadDemoCourt(
      repos,
      REQUEST,
      (p) => {
        progress.push(repos.cases.count().then((stored) => void seen.push({ ...p, stored })));
      },
      BATCH,
    );
    await Promise.all(progress);
    expect(isLoaded).toBe(true);
    expect(seen.map((p) => [p.done, p.total])).toEqual([
      [0, CASES],
      [BATCH, CASES],
      [2 * BATCH, CASES],
      [CASES, CASES],
    ]);
    // True progress: what the bar says is written is in the database.
    for (const p of seen) expect(p.stored).toBeGreaterThanOrEqual(p.done);
    expect(await repos.cases.count()).toBe(CASES);
    expect((await repos.cases.listSummaries()).length).toBe(CASES);
    expect(await repos.meta.isDemoLoaded()).toBe(true);
    expect(await repos.meta.get('demoLoading')).toBeUndefined();
    expect(await repos.outbox.count()).toBe(0);
    const officer = generateDemoCourt(REQUEST).officers.find((o) => o.role === 'officer')!;
    expect((await repos.session.writer()).officer).toEqual({ userId: officer.id, name: officer.name });
  });

  it('loads nothing a second time, nor over cases a device already holds', async () => {
    await loadDemoCourt(repos, { ...REQUEST, caseCount: 10 }, () => {});
    expect(await loadDemoCourt(repos, REQUEST, () => {})).toBe(false);
    expect(await repos.cases.count()).toBe(10);

    const other = createRepositories(
      await openDb(`boot-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
    );
    await other.cases.putReceived(generateDemoCourt({ ...REQUEST, caseCount: 3 }).cases, 1);
    const calls: DemoProgress[] = [];
    expect(await loadDemoCourt(other, REQUEST, (p) => calls.push(p))).toBe(false);
    expect(calls).toEqual([]);
    expect(await other.cases.count()).toBe(3);
  });

  it('finishes a load cut short on the next start with the same court, not a second one beside it', async () => {
    const putReceived = repos.cases.putReceived;
    let batches = 0;
    repos.cases.putReceived = async (cases, baseSeq) => {
      if (++batches === 2) throw new Error('window closed');
      return putReceived(cases, baseSeq);
    };
    await expect(loadDemoCourt(repos, REQUEST, () => {}, BATCH)).rejects.toThrow('window closed');
    expect(await repos.cases.count()).toBe(BATCH);
    expect(await repos.meta.isDemoLoaded()).toBe(false);

    repos.cases.putReceived = putReceived;
    // The next start is a day later: the court is still the one begun, dated from the first start.
    const nextDay = { ...REQUEST, now: new Date('2027-04-01T09:00:00Z') };
    expect(await loadDemoCourt(repos, nextDay, () => {}, BATCH)).toBe(true);
    const ids = (await repos.cases.listSummaries()).map((c) => c.id).sort();
    expect(ids).toEqual(
      generateDemoCourt(REQUEST)
        .cases.map((c) => c.id)
        .sort(),
    );
    expect(await repos.meta.isDemoLoaded()).toBe(true);
  });

  it('ignores a saved load it cannot read, and starts a fresh one on an empty database', async () => {
    await repos.meta.put('demoLoading', { seed: 'x', caseCount: -1 });
    expect(await loadDemoCourt(repos, { ...REQUEST, caseCount: 5 }, () => {})).toBe(true);
    expect(await repos.cases.count()).toBe(5);
  });
});
