// The set-up `npm run start` and `npm test` need on a fresh machine, done once and only when missing:
// the npm dependencies (again when package-lock.json changed), and for the tests Debian's Chromium and a
// CJK font (Playwright's own browser download is unreachable on the build machines).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.fieldwrit-lock-hash';

const sh = (cmd, env = process.env) => spawnSync(cmd, { shell: true, stdio: 'inherit', env }).status === 0;
const quiet = (cmd) => spawnSync(cmd, { shell: true, stdio: 'ignore' }).status === 0;
const lockHash = () => createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

/** True when node_modules holds exactly what package-lock.json asks for. */
function isInstalled() {
  if (!existsSync('node_modules/.package-lock.json')) return false;
  if (existsSync(STAMP)) return readFileSync(STAMP, 'utf8').trim() === lockHash();
  // Installed by someone else (CI's own `npm ci`): current if it was written after the lock file.
  return statSync('node_modules/.package-lock.json').mtimeMs >= statSync('package-lock.json').mtimeMs;
}

/**
 * Installs the npm dependencies when missing or out of date. Electron's installer downloads its binary
 * from GitHub, which build machines cannot reach: install without it, then try the binary on its own (it
 * fails at once where there is no route, and the app then runs in the browser).
 */
export function ensureDependencies() {
  if (isInstalled()) return;
  process.stdout.write('\nInstalling the npm dependencies (npm ci)...\n');
  if (!sh('npm ci --no-audit --no-fund', { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })) {
    process.stderr.write('npm ci failed: see the messages above.\n');
    process.exit(1);
  }
  if (!process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !quiet('node node_modules/electron/install.js'))
    process.stdout.write('No Electron binary could be downloaded: the app runs in the browser instead.\n');
  writeFileSync(STAMP, `${lockHash()}\n`);
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = () => existsSync(CHROMIUM) && quiet('fc-list | grep -qi cjk');

/**
 * Debian's chromium and fonts-noto-cjk for the end-to-end tests: installed when we may (root, or
 * password-less sudo), otherwise a clear request. Returns whether the browser is there.
 */
export function ensureBrowser() {
  if (hasBrowser()) return true;
  const install = 'apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk';
  process.stdout.write("\nInstalling Debian's chromium and fonts-noto-cjk for the end-to-end tests...\n");
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) sh(install);
  else if (quiet('sudo -n true')) sh(`sudo -n sh -c '${install}'`);
  if (hasBrowser()) return true;
  process.stderr.write(
    `\nThe end-to-end tests need Debian's Chromium at ${CHROMIUM} and a CJK font. Install them with:\n` +
      '  sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '(or set CHROMIUM_PATH to another Chromium), then run npm test again.\n\n',
  );
  return false;
}
