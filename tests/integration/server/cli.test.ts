import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `server/cli/main.ts` as the administrator would, on the embedded database in `dataDir`. */
function cli(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', FIELDWRIT_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('server CLI on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldwrit-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates a court and refuses a second one with a bilingual message', () => {
    const created = cli(dataDir, 'create-court', '--name', '测试区人民法院', '--code', '内0203');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/court created: 测试区人民法院/);
    const again = cli(dataDir, 'create-court', '--name', '另一法院', '--code', '内0204');
    expect(again.code).toBe(65);
    expect(again.err).toMatch(/本服务器已有法院 \/ This server already has a court/);
  }, 180_000);

  it('explains wrong usage without touching the database', () => {
    const unknownOption = cli(dataDir, 'create-user', '--username', 'x', '--colour', 'red');
    expect(unknownOption.code).toBe(64);
    expect(unknownOption.err).toMatch(/usage: create-user/);
  }, 60_000);

  it('refuses to open a data folder that a running server holds', () => {
    // The lock names this (live) test process as the owner, as a running server would.
    writeFileSync(join(dataDir, 'fieldwrit-server.lock'), String(process.pid));
    const busy = cli(dataDir, 'create-team', '--name', '执行一团队');
    expect(busy.code).toBe(69);
    expect(busy.err).toMatch(/stop the court server/);
    rmSync(join(dataDir, 'fieldwrit-server.lock'));
  }, 60_000);
});
