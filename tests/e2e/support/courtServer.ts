import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CourtServer = { url: string; password: string; stop: () => Promise<void> };

/** The password of every demo user of the e2e court server. */
export const COURT_PASSWORD = 'e2e-Passw0rd!';
const PASSWORD = COURT_PASSWORD;
const TSX = 'node_modules/tsx/dist/cli.mjs';

/**
 * A real court server for end-to-end tests: embedded PGlite in a throwaway folder, the demo court loaded
 * through the admin CLI (demo users `demo-officer-N`, one password), listening on loopback. `now` dates
 * the demo court (a date-pinned project passes its instant; the server's own clock stays real).
 */
export async function startCourtServer(port: number, cases = 60, now?: string): Promise<CourtServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldwrit-e2e-court-'));
  const env = {
    ...process.env,
    FIELDWRIT_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn' as const,
  };
  const load = spawnSync(
    process.execPath,
    [
      TSX,
      'server/cli/main.ts',
      'load-demo',
      '--cases',
      String(cases),
      '--password',
      PASSWORD,
      ...(now === undefined ? [] : ['--now', now]),
    ],
    {
      env,
      encoding: 'utf8',
    },
  );
  if (load.status !== 0) throw new Error(`load-demo failed: ${load.stderr}\n${load.stdout}`);
  // node + tsx directly (not through npx), so a signal reaches the server itself.
  const child: ChildProcess = spawn(process.execPath, [TSX, 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`court server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    password: PASSWORD,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
