#!/usr/bin/env node
// Runs every check and test suite in order, keeps going after a failure so one run shows everything,
// and ends with the totals of all suites as one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureBrowser, ensureDependencies } from './ensureSetup.mjs';

// A fresh clone: install what the suites need first, as `npm run start` does.
ensureDependencies();
ensureBrowser();

const out = 'test-results';
mkdirSync(out, { recursive: true });

/** Each step: a command, and how to count its results (tests, or one check). */
const steps = [
  { name: 'lint', cmd: 'npm run --silent lint', kind: 'check' },
  { name: 'typecheck', cmd: 'npm run --silent typecheck', kind: 'check' },
  {
    name: 'unit + integration (vitest)',
    cmd: `npx vitest run --reporter=default --reporter=json --outputFile=${out}/unit.json`,
    kind: 'vitest',
    report: `${out}/unit.json`,
  },
  {
    name: 'end-to-end (Playwright, Chromium)',
    cmd: 'npx playwright test',
    kind: 'playwright',
    report: `${out}/e2e.json`,
  },
  { name: 'electron security scan', cmd: 'npm run --silent security:electron', kind: 'check' },
  {
    name: 'electron smoke (Playwright, Electron)',
    cmd: 'npm run --silent test:electron',
    kind: 'playwright',
    report: `${out}/electron.json`,
  },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  if (step.report) rmSync(step.report, { force: true });
  process.stdout.write(`\n=== ${step.name}: ${step.cmd}\n`);
  const started = Date.now();
  const r = spawnSync(step.cmd, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, CI: process.env.CI ?? '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let p = 0;
  let f = 0;
  let s = 0;
  if (step.kind === 'check') {
    if (r.status === 0) p = 1;
    else f = 1;
  } else if (step.report && existsSync(step.report)) {
    const json = JSON.parse(readFileSync(step.report, 'utf8'));
    if (step.kind === 'vitest') {
      p = json.numPassedTests ?? 0;
      f = json.numFailedTests ?? 0;
      s = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
      // A suite that failed to load has no tests to count: count it as a failure.
      f += (json.testResults ?? []).filter(
        (t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0,
      ).length;
    } else {
      p = (json.stats?.expected ?? 0) + (json.stats?.flaky ?? 0);
      f = json.stats?.unexpected ?? 0;
      s = json.stats?.skipped ?? 0;
    }
    if (r.status !== 0 && f === 0) f = 1;
  } else {
    f = 1;
  }
  passed += p;
  failed += f;
  skipped += s;
  lines.push(`${step.name}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''} (${seconds} s)`);
}

const totals = `${passed} passed, ${failed} failed`;
process.stdout.write(
  `\n=== Summary\n${lines.join('\n')}\n${skipped ? `(${skipped} skipped, each with its reason in the suite output)\n` : ''}${totals}\n`,
);
writeFileSync(`${out}/totals.txt`, `${totals}\n`);
process.exit(failed > 0 ? 1 : 0);
