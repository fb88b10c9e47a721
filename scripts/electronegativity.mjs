#!/usr/bin/env node
// Security gate for the desktop shell: runs @doyensec/electronegativity over electron/ and fails on any
// HIGH or MEDIUM finding that is not on the reviewed allowlist (build/electronegativity-allowlist.json,
// every entry explained in docs/security.md).
//
// Electronegativity always exits 0, so the verdict comes from its report. Its CSV writer also races
// with itself (the header is written with truncation while the rows are appended, both asynchronously),
// which can silently drop rows; the script therefore also asks for a SARIF report (written in one go) and
// accepts the CSV only when it lists the same findings.
//
// Usage: npm run security:electron [-- --input <dir>]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, '.electronegativity');
const ALLOWLIST_FILE = path.join(ROOT, 'build', 'electronegativity-allowlist.json');
const SECURITY_DOC = path.join(ROOT, 'docs', 'security.md');
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
const CSV_ATTEMPTS = 3;
const RUN_TIMEOUT_MS = 5 * 60_000;

const input = path.resolve(ROOT, argValue('--input') ?? 'electron');
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const electronVersion = packageJson.devDependencies.electron;
const tool = resolveTool();

const allowlist = readAllowlist();
mkdirSync(OUT_DIR, { recursive: true });

// Both reports at once: most of each run is the tool waiting for its (unreachable) update checks.
const [sarifFindings, firstCsv] = await Promise.all([runSarif(), runCsv()]);
let findings;
for (let attempt = 1; attempt <= CSV_ATTEMPTS && findings === undefined; attempt++) {
  const csvFindings = attempt === 1 ? firstCsv : await runCsv();
  if (sameFindings(csvFindings, sarifFindings)) findings = csvFindings;
  else
    say(
      `The CSV report of attempt ${attempt} does not list the same findings as the SARIF report; running again.`,
    );
}
if (findings === undefined)
  fail(`Electronegativity's CSV report stayed incomplete after ${CSV_ATTEMPTS} attempts.`);

report(findings);

// ---------------------------------------------------------------------------------------------------

function argValue(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function resolveTool() {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@doyensec/electronegativity/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return {
    version: manifest.version,
    entry: path.join(path.dirname(manifestPath), manifest.bin.electronegativity),
  };
}

function readAllowlist() {
  const parsed = JSON.parse(readFileSync(ALLOWLIST_FILE, 'utf8'));
  const doc = readFileSync(SECURITY_DOC, 'utf8');
  if (!Array.isArray(parsed.entries)) fail(`${rel(ALLOWLIST_FILE)} must have an "entries" array.`);
  for (const entry of parsed.entries) {
    if (
      typeof entry.check !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.reason !== 'string' ||
      entry.reason.trim().length < 20
    ) {
      fail(`Every allowlist entry needs "check", "file" and a real "reason": ${JSON.stringify(entry)}`);
    }
    // The allowlist is reviewed in docs/security.md; an entry that is not explained there is not reviewed.
    if (!doc.includes(entry.check))
      fail(`${entry.check} is allowlisted but not explained in ${rel(SECURITY_DOC)}.`);
  }
  return parsed.entries;
}

/** Runs the tool writing `outFile` (its format follows the extension). Resolves when the process ends. */
function runTool(outFile) {
  rmSync(outFile, { force: true });
  const args = [tool.entry, '-i', input, '-o', outFile, '-r', '-e', electronVersion];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill(), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`electronegativity exited with ${code}:\n${output}`));
    });
  });
}

async function runSarif() {
  const file = path.join(OUT_DIR, 'report.sarif');
  await runTool(file);
  const sarif = JSON.parse(readFileSync(file, 'utf8'));
  return sarif.runs[0].results.map((result) => ({ check: result.ruleId }));
}

async function runCsv() {
  const file = path.join(OUT_DIR, 'report.csv');
  await runTool(file);
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows.shift()?.join(',');
  if (header !== CSV_HEADER) return undefined;
  const findings = [];
  for (const row of rows) {
    const [check, severity, confidence, file, location, sample, description, url] = row;
    if (row.length !== 8 || !/^[A-Z0-9_]+_CHECK$/.test(check) || !SEVERITIES.includes(severity))
      return undefined;
    findings.push({ check, severity, confidence, file, location, sample, description, url });
  }
  return findings;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function sameFindings(csv, sarif) {
  if (csv === undefined || csv.length !== sarif.length) return false;
  const key = (list) =>
    list
      .map((f) => f.check)
      .sort()
      .join('\n');
  return key(csv) === key(sarif);
}

function allowlistEntryFor(finding) {
  return allowlist.find((entry) => entry.check === finding.check && entry.file === finding.file);
}

function report(list) {
  say(
    `Electronegativity ${tool.version} over ${rel(input)}/ (Electron ${electronVersion}): ${list.length} finding(s). Report: ${rel(path.join(OUT_DIR, 'report.csv'))}`,
  );
  const blocked = [];
  for (const finding of list) {
    const entry = allowlistEntryFor(finding);
    const isBlocking = BLOCKING.has(finding.severity) && entry === undefined;
    if (isBlocking) blocked.push(finding);
    const verdict = entry !== undefined ? 'allowlisted' : isBlocking ? 'BLOCKING' : 'informational';
    say(
      `  ${finding.severity.padEnd(13)} ${finding.check.padEnd(40)} ${`${finding.file}:${finding.location}`.padEnd(34)} ${verdict}`,
    );
  }
  for (const entry of allowlist) {
    if (!list.some((finding) => finding.check === entry.check && finding.file === entry.file)) {
      say(
        `  note: allowlist entry ${entry.check} (${entry.file}) matched nothing; remove it if the code changed for good.`,
      );
    }
  }
  if (blocked.length > 0) {
    say(`\n${blocked.length} HIGH/MEDIUM finding(s) not on the reviewed allowlist:`);
    for (const finding of blocked) {
      say(
        `  ${finding.check} in ${finding.file}:${finding.location}\n    ${finding.description}\n    ${finding.sample}\n    ${finding.url}`,
      );
    }
    say(
      `Fix them, or review and add them to ${rel(ALLOWLIST_FILE)} with a reason explained in ${rel(SECURITY_DOC)}.`,
    );
    process.exit(1);
  }
  say('No HIGH or MEDIUM finding outside the reviewed allowlist.');
}

function rel(p) {
  return path.relative(ROOT, p) || '.';
}

function say(line) {
  process.stdout.write(`${line}\n`);
}

function fail(message) {
  process.stderr.write(`security:electron: ${message}\n`);
  process.exit(1);
}
