import { execSync } from 'node:child_process';
import { electronBinaryPath } from './electronBinaryPath';

/**
 * Builds what the desktop app loads (renderer and shell bundles) — only where the smoke test can run.
 * Elsewhere the tests are skipped, and the reason is printed here too, because the list reporter shows
 * skipped tests without it.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads globalSetup from the default export
export default function globalSetup(): void {
  if (electronBinaryPath() === null) {
    process.stdout.write('Electron smoke tests skipped: Electron binary not installed on this machine.\n');
    return;
  }
  execSync('npm run --silent build:renderer && npm run --silent build:electron', { stdio: 'inherit' });
}
