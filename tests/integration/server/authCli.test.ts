import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../server/auth/passwords';
import { openSql } from '../../../server/db/openSql';
import { silentLogger } from '../../../server/log/logger';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `server/cli/main.ts` as the administrator would, with `stdin` piped in (not a terminal). */
function cli(dataDir: string, stdin: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', FIELDWRIT_DATA_DIR: dataDir },
    input: stdin,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The embedded database the CLI wrote, opened in this process between CLI runs (it holds the lock). */
async function withDb<T>(dataDir: string, fn: (sql: Awaited<ReturnType<typeof openSql>>) => Promise<T>) {
  const sql = await openSql({ databaseUrl: null, dataDir }, silentLogger);
  try {
    return await fn(sql);
  } finally {
    await sql.close();
  }
}

/**
 * Issue 12: the CLI reads a password piped on stdin (the documented way), applies the court's password
 * policy, and revokes devices and users.
 */
describe('server CLI: passwords on stdin, policy, revocation', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldwrit-auth-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('takes a piped password, refuses a weak one with the policy text, and revokes', async () => {
    expect(cli(dataDir, '', 'create-court', '--name', '测试区人民法院', '--code', '内0203').code).toBe(0);
    expect(cli(dataDir, '', 'create-team', '--name', '执行一团队').code).toBe(0);
    const user = ['create-user', '--username', 'zhangsan', '--name', '张三', '--role', 'officer'];
    const weak = cli(dataDir, '12345678\n', ...user, '--team', '执行一团队');
    expect(weak.code).toBe(65);
    expect(weak.err).toMatch(/密码至少 10 个字符.* \/ Passwords need at least 10 characters/);
    const common = cli(dataDir, 'woaini1314\n', ...user, '--team', '执行一团队');
    expect(common.code).toBe(65);
    expect(common.err).toMatch(/common password/);
    expect(cli(dataDir, 'first-long-secret\r\n', ...user, '--team', '执行一团队').code).toBe(0);

    const reset = cli(dataDir, 'second-long-secret\n', 'reset-password', '--username', 'ZhangSan');
    expect(reset.code).toBe(0);
    const deviceId = await withDb(dataDir, async (sql) => {
      const [row] = await sql.query<{ id: string; password_hash: string }>(
        'SELECT id, password_hash FROM app_user WHERE username = $1',
        ['zhangsan'],
      );
      expect(await verifyPassword(row!.password_hash, 'second-long-secret')).toBe(true);
      await sql.query(
        `INSERT INTO device (id, user_id, name) VALUES ('laptop-1', $1, '笔记本'), ('tablet-1', $1, '平板')`,
        [row!.id],
      );
      return 'laptop-1';
    });

    const listed = cli(dataDir, '', 'list-devices', '--username', 'zhangsan');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/laptop-1\t笔记本/);
    expect(cli(dataDir, '', 'revoke-device', '--device', deviceId).code).toBe(0);
    expect(cli(dataDir, '', 'revoke-device', '--device', 'no-such-device').code).toBe(65);
    const revokedAll = cli(dataDir, '', 'revoke-user', '--username', 'zhangsan');
    expect(revokedAll.code).toBe(0);
    expect(revokedAll.out).toMatch(/2 device\(s\) revoked/);
    await withDb(dataDir, async (sql) => {
      const rows = await sql.query<{ id: string; revoked_reason: string | null; session_epoch: number }>(
        'SELECT id, revoked_reason, session_epoch FROM device ORDER BY id',
      );
      expect(rows.map((r) => [r.id, r.revoked_reason])).toEqual([
        ['laptop-1', 'admin'],
        ['tablet-1', 'admin'],
      ]);
      const [user] = await sql.query<{ session_epoch: number }>(
        'SELECT session_epoch FROM app_user WHERE username = $1',
        ['zhangsan'],
      );
      // One for the password reset, one for revoke-user.
      expect(user!.session_epoch).toBe(2);
    });
  }, 300_000);
});
