import { parseArgs } from 'node:util';
import { AdminError } from '../admin/AdminError';
import { PasswordRejected } from '../auth/PasswordRejected';
import { loadServerConfig } from '../config/loadServerConfig';
import { DataDirBusyError } from '../db/dataDirLock';
import { openSql } from '../db/openSql';
import { createLogger } from '../log/logger';
import { createTerminal } from '../log/terminal';
import { CliUsageError } from './CliCommand';
import type { CliCommand, CliOptions } from './CliCommand';
import { createCourtCommand } from './commands/createCourtCommand';
import { createTeamCommand } from './commands/createTeamCommand';
import { createUserCommand } from './commands/createUserCommand';
import { housekeepingCommand } from './commands/housekeepingCommand';
import { importCasesCommand } from './commands/importCasesCommand';
import { listDevicesCommand } from './commands/listDevicesCommand';
import { loadDemoCommand } from './commands/loadDemoCommand';
import { resetPasswordCommand } from './commands/resetPasswordCommand';
import { revokeDeviceCommand } from './commands/revokeDeviceCommand';
import { revokeUserCommand } from './commands/revokeUserCommand';
import { updateCourtCommand } from './commands/updateCourtCommand';
import { updateUserCommand } from './commands/updateUserCommand';
import { verifyHistoryCommand } from './commands/verifyHistoryCommand';
import { createSigningKeyCommand } from './commands/createSigningKeyCommand';
import { exportCheckpointCommand } from './commands/exportCheckpointCommand';
import { setupRolesCommand } from './commands/setupRolesCommand';

const COMMANDS: readonly CliCommand[] = [
  createCourtCommand,
  updateCourtCommand,
  createTeamCommand,
  createUserCommand,
  updateUserCommand,
  resetPasswordCommand,
  listDevicesCommand,
  revokeDeviceCommand,
  revokeUserCommand,
  importCasesCommand,
  loadDemoCommand,
  verifyHistoryCommand,
  housekeepingCommand,
  exportCheckpointCommand,
  createSigningKeyCommand,
  setupRolesCommand,
];

/**
 * `npm run server:cli -- <command> [options]`: the administrator's tool. It opens the same storage as the
 * server (DATABASE_URL or FIELDWRIT_DATA_DIR); with the embedded database the server must be stopped first.
 */
async function main(argv: string[]): Promise<number> {
  const logger = createLogger({ level: 'warn' });
  const out = createTerminal();
  const usage = () =>
    out.say(
      [
        '用法 / usage: npm run server:cli -- <command> [options]',
        ...COMMANDS.map((c) => `  ${c.usage}`),
      ].join('\n'),
    );
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    usage();
    return name === undefined || name === 'help' || name === '--help' ? 0 : 64;
  }
  let options: CliOptions;
  try {
    const parsed = parseArgs({
      args: rest,
      options: Object.fromEntries([
        ...command.valueOptions.map((o) => [o, { type: 'string' as const }]),
        ...(command.flagOptions ?? []).map((o) => [o, { type: 'boolean' as const }]),
      ]),
      allowPositionals: false,
      strict: true,
    });
    options = parsed.values as CliOptions;
  } catch (error) {
    out.sayError(`${(error as Error).message}\n用法 / usage: ${command.usage}`);
    return 64;
  }
  let sql;
  try {
    sql = await openSql(loadServerConfig(), logger);
  } catch (error) {
    out.sayError(
      error instanceof DataDirBusyError
        ? error.message
        : `无法打开数据库 / cannot open the database: ${(error as Error).message}`,
    );
    return 69;
  }
  try {
    await command.run(sql, options, out);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CliUsageError) {
      out.sayError(`${error.message}\n用法 / usage: ${command.usage}`);
      return 64;
    }
    if (error instanceof AdminError || error instanceof PasswordRejected) {
      out.sayError(error.message);
      return 65;
    }
    throw error;
  } finally {
    await sql.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    createTerminal().sayError(`出错 / failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(70);
  },
);
