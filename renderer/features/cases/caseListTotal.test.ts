import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadDemoCourt } from '../../app/boot/loadDemoCourt';
import { createRepositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { caseListTotal } from './caseListTotal';

async function freshRepos() {
  const repos = createRepositories(
    await openDb(`list-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.meta.deviceId();
  return repos;
}

describe('caseListTotal', () => {
  it('is unknown, not 0, while neither the whole list nor the count has been read', () => {
    expect(caseListTotal(undefined, undefined)).toBeUndefined();
  });

  it('is the count the case list reads while a first start’s demo court is written, batch by batch', async () => {
    const repos = await freshRepos();
    const counted: (number | undefined)[] = [];
    const reads: Promise<void>[] = [];
    await loadDemoCourt(
      repos,
      { seed: 3, caseCount: 25, now: new Date('2028-02-29T02:00:00Z') },
      ({ done }) => {
        if (done > 0)
          reads.push(repos.cases.count().then((n) => void counted.push(caseListTotal(undefined, n))));
      },
      10,
    );
    await Promise.all(reads);
    expect(counted).toEqual([10, 20, 25]);
    // The whole list, once loaded, gives the same figure.
    expect(caseListTotal(await repos.cases.listSummaries(), await repos.cases.count())).toBe(25);
  });

  it('says 0 only when there are no cases', async () => {
    const repos = await freshRepos();
    expect(caseListTotal(undefined, await repos.cases.count())).toBe(0);
    expect(caseListTotal(await repos.cases.listSummaries(), undefined)).toBe(0);
  });
});
