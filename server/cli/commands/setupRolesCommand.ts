import { loadServerConfig } from '../../config/loadServerConfig';
import { inspectRoleSeparation } from '../../db/inspectRoleSeparation';
import { CliUsageError } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/**
 * Checks the two-role setup on PostgreSQL. Opening the storage already migrated as DATABASE_OWNER_URL's
 * role and granted DATABASE_URL's role its privileges (openSql); this says what the app role may do and
 * fails (exit 65) when it could still rewrite history: superuser, or owner of a table.
 */
export const setupRolesCommand: CliCommand = {
  name: 'setup-roles',
  usage:
    'setup-roles   (with DATABASE_OWNER_URL and DATABASE_URL: migrate as the owner, grant and check the app role)',
  valueOptions: [],
  async run(sql, _options, out) {
    const config = loadServerConfig();
    if (sql.kind !== 'postgres' || !config.databaseOwnerUrl)
      throw new CliUsageError(
        'setup-roles 需要 DATABASE_URL 和 DATABASE_OWNER_URL / setup-roles needs DATABASE_URL and DATABASE_OWNER_URL (PostgreSQL)',
      );
    const separation = await inspectRoleSeparation(sql);
    if (!separation.isSeparated) {
      process.exitCode = 65;
      out.sayError(
        `应用角色 ${separation.role} 仍可改写历史（${separation.isSuperuser ? '超级用户' : `拥有 ${separation.ownedTables.join(', ')}`}）/ ` +
          `the app role ${separation.role} can still rewrite history (${separation.isSuperuser ? 'superuser' : `owns ${separation.ownedTables.join(', ')}`})`,
      );
      return;
    }
    out.say(
      `应用角色 ${separation.role} 只有读写权限，不拥有任何表 / the app role ${separation.role} owns no table: ` +
        'append-only tables allow it SELECT and INSERT only, and it cannot disable or drop their triggers',
    );
  },
};
