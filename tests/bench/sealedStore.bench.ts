import { test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BENCH_DEV_PORT } from '../../playwright.bench.config';
import type * as DbModuleNs from '../../renderer/data/db';
import type * as ReposModuleNs from '../../renderer/data/createRepositories';
import type * as DataKeyNs from '../../renderer/data/crypto/DataKey';
import type * as WrapNs from '../../renderer/data/crypto/passwordWrap';
import type * as DemoNs from '../../shared/demo/generateDemoCourt';
import type * as FilterNs from '../../renderer/features/cases/filterCases';
import { round, summarise } from './stats';

const CASES = 50_000;
const dev = `http://127.0.0.1:${BENCH_DEV_PORT}/`;
// shared/ lies outside the dev server's root (renderer/): reached through its file-system route.
const DEMO_MODULE = `/@fs${fileURLToPath(new URL('../../shared/demo/generateDemoCourt.ts', import.meta.url))}`;

type Figures = Record<string, ReturnType<typeof summarise> | number>;

/**
 * Encryption at rest with 50,000 cases in Chromium's IndexedDB: the same repositories over a sealed and
 * a plain database, measured in the same page and run (ratios hold on a noisy machine). Targets: unlock →
 * first case rows ≤ 1 s, search p95 ≤ 50 ms, save p95 ≤ 5 ms and ≤ 2× the plain save.
 */
test('sealed store with 50,000 cases: unlock, search, save beside the plain store', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A module's own URL as the page: the dev server's origin without the app (and without its reloads).
  await page.goto(`${dev}data/db.ts`);
  page.on('console', (m) => console.log(`[page] ${m.text()}`));
  const figures = await page.evaluate(
    async ({ caseCount, demoModule }) => {
      // Served by the Vite dev server: the real modules, loaded into the page (paths are the dev server's).
      const load = <T>(path: string) => import(/* @vite-ignore */ path) as Promise<T>;
      const { openDb } = await load<typeof DbModuleNs>('/data/db.ts');
      const { createRepositories } = await load<typeof ReposModuleNs>('/data/createRepositories.ts');
      const { createDataKey } = await load<typeof DataKeyNs>('/data/crypto/DataKey.ts');
      const wrap = await load<typeof WrapNs>('/data/crypto/passwordWrap.ts');
      const { generateDemoCourt } = await load<typeof DemoNs>(demoModule);
      const { filterCases } = await load<typeof FilterNs>('/features/cases/filterCases.ts');
      const now = performance.now.bind(performance);
      const out: Record<string, number[] | number> = {};
      const password = 'Bench-Passw0rd-2026';
      const raw = wrap.generateDataKeyBytes();
      const wrapped = await wrap.wrapWithPassword(raw.slice(), password);
      const court = generateDemoCourt({ seed: 7, caseCount, now: new Date('2026-12-01T00:00:00+08:00') });
      const openPlain = () => openDb('bench-plain');
      const openSealed = async () => {
        const key = await wrap.unwrapWithPassword(wrapped, password);
        return openDb('bench-sealed', { dataKey: createDataKey(key!) });
      };
      for (const [name, open] of [
        ['plain', openPlain],
        ['sealed', openSealed],
      ] as const) {
        const db = await open();
        const t0 = now();
        const repos = createRepositories(db);
        for (let i = 0; i < court.cases.length; i += 5_000)
          await repos.cases.putReceived(court.cases.slice(i, i + 5_000), 1);
        out[`${name}.seedMs`] = now() - t0;
        db.close();
      }
      for (const [name, open] of [
        ['plain', openPlain],
        ['sealed', openSealed],
      ] as const) {
        const firstRows: number[] = [];
        const fullList: number[] = [];
        for (let i = 0; i < 6; i++) {
          const t0 = now();
          const db = await open();
          const repos = createRepositories(db);
          const rows = await repos.cases.firstSummaries(50);
          if (rows.length !== 50) throw new Error('no first rows');
          firstRows.push(now() - t0);
          const t1 = now();
          const all = await repos.cases.listSummaries();
          if (all.length !== caseCount) throw new Error('not all rows');
          fullList.push(now() - t1);
          db.close();
        }
        out[`${name}.unlockToFirstRowsMs`] = firstRows.slice(1);
        out[`${name}.fullListLoadMs`] = fullList.slice(1);

        const db = await open();
        const repos = createRepositories(db);
        const summaries = await repos.cases.listSummaries();
        const search: number[] = [];
        const siblings: number[] = [];
        for (let i = 0; i < 60; i++) {
          const c = court.cases[(i * 811) % caseCount]!;
          const query = [c.caseNumber, c.respondents[0]!.name.slice(0, 4), c.respondents[0]!.name][i % 3]!;
          const t0 = now();
          filterCases(summaries, { query: query.toLowerCase(), type: 'all', status: 'all' });
          search.push(now() - t0);
          const t1 = now();
          await repos.cases.siblingsOf(c);
          siblings.push(now() - t1);
        }
        out[`${name}.searchMs`] = search;
        out[`${name}.siblingLookupMs`] = siblings;
        const ids = court.cases.slice(0, 100).map((c) => c.id);
        const save: number[] = [];
        const ctx = { userId: 'bench-officer', deviceId: 'bench-device' };
        for (let i = 0; i < ids.length; i++) {
          const t0 = now();
          await repos.cases.update(ctx, ids[i]!, { notes: `bench note ${i}` });
          save.push(now() - t0);
        }
        out[`${name}.saveMs`] = save;
        db.close();
      }
      return out;
    },
    { caseCount: CASES, demoModule: DEMO_MODULE },
  );

  const results: Figures = { cases: CASES };
  for (const [name, values] of Object.entries(figures))
    results[name] = Array.isArray(values) ? summarise(values) : round(values);
  const p = (name: string, k: 'p50' | 'p95') => (results[name] as ReturnType<typeof summarise>)[k];
  const ratios = {
    unlockVsPlainOpenP50: round(
      p('sealed.unlockToFirstRowsMs', 'p50') / p('plain.unlockToFirstRowsMs', 'p50'),
    ),
    fullListVsPlainP50: round(p('sealed.fullListLoadMs', 'p50') / p('plain.fullListLoadMs', 'p50')),
    searchVsPlainP95: round(p('sealed.searchMs', 'p95') / p('plain.searchMs', 'p95')),
    siblingLookupVsPlainP95: round(p('sealed.siblingLookupMs', 'p95') / p('plain.siblingLookupMs', 'p95')),
    saveVsPlainP95: round(p('sealed.saveMs', 'p95') / p('plain.saveMs', 'p95')),
  };
  console.log(
    `\nFieldWrit encryption-at-rest benchmark (${CASES} cases, Chromium)\n${JSON.stringify({ ...results, ratios }, null, 2)}`,
  );
  mkdirSync('tests/bench/results', { recursive: true });
  writeFileSync(
    'tests/bench/results/sealedStore.latest.json',
    `${JSON.stringify({ ...results, ratios }, null, 2)}\n`,
  );
  await context.close();
});
