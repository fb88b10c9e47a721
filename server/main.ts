import { findCourt } from './admin/createCourt';
import { buildServer } from './app/buildServer';
import { loadServerConfig } from './config/loadServerConfig';
import { openSql } from './db/openSql';
import { openSigningKeyRing } from './history/signing/openSigningKeyRing';
import { createLogger } from './log/logger';
import { createTerminal } from './log/terminal';

/**
 * `npm run server`: the court server. Embedded PGlite in FIELDWRIT_DATA_DIR by default, PostgreSQL when
 * DATABASE_URL is set; listens on HOST:PORT (127.0.0.1:8765 by default, PORT=0 = any free port) and prints
 * where. Log events (LOG_LEVEL) are JSON lines on stderr; the banner is text on stdout. See docs/operations.md.
 */
async function main(): Promise<void> {
  const config = loadServerConfig();
  const logger = createLogger({ level: config.logLevel });
  const out = createTerminal();
  // The key first: a server that cannot sign does not open the database at all.
  const signingKeys = openSigningKeyRing(config, logger, new Date().toISOString());
  const sql = await openSql(config, logger);
  const app = await buildServer({
    sql,
    logger,
    signingKeys,
    checkpointIntervalMs: config.checkpointIntervalMs,
    timeouts: { requestMs: config.requestTimeoutMs },
    trustedProxies: config.trustedProxies,
    rateLimits: Object.fromEntries(
      Object.entries(config.rateLimitsPerMinute).map(([name, max]) => [name, { max, windowMs: 60_000 }]),
    ),
  });
  const address = await app.listen({ host: config.host, port: config.port });
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
  out.say(`FieldWrit 法院服务器已启动 / court server listening on ${address} — storage: ${storage}`);
  if (!config.databaseUrl) {
    out.say(
      '注意：内置数据库不做 fsync，生产环境请使用 PostgreSQL / Note: the embedded database does not fsync; use PostgreSQL in production',
    );
  }
  if (!(await findCourt(sql))) {
    out.say(
      '数据库为空。请先创建法院、团队和用户 / The database is empty. Create a court, a team and users first:\n' +
        '  npm run server:cli -- create-court --name "某某市某某区人民法院" --code 内0203\n' +
        '  npm run server:cli -- create-team --name 执行实施一团队\n' +
        '  npm run server:cli -- create-user --username zhangsan --name 张三 --role officer --team 执行实施一团队\n' +
        '  (or: npm run server:cli -- load-demo)  — stop the server first when using the embedded database',
    );
  }
  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'server.stopping');
    await app.close();
    await sql.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  createLogger().error({ err: error }, 'server.startFailed');
  process.exit(1);
});
