#!/usr/bin/env node
// `npm run start`: install, build, and start FieldWrit. A desktop window where an Electron binary is
// installed; otherwise the same app served on loopback, with the URL printed for the officer to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureDependencies } from './ensureSetup.mjs';

const run = (cmd) => {
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

ensureDependencies();

function electronBinary() {
  try {
    const dir = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

run('npx vite build --logLevel warn');
const bin = electronBinary();
if (bin) {
  run('npm run --silent build:electron');
  spawn(bin, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.PORT ?? '4173';
  process.stdout.write(
    `\nNo Electron binary on this machine: serving FieldWrit in the browser instead.\n` +
      `Open http://127.0.0.1:${port}/ in Chromium or Chrome.  (Ctrl+C to stop)\n\n`,
  );
  spawn(`npx vite preview --port ${port} --strictPort`, { shell: true, stdio: 'inherit' }).on(
    'exit',
    (code) => process.exit(code ?? 0),
  );
}
