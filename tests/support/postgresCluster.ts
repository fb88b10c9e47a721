import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the machine image keeps the PostgreSQL 15 binaries (override with POSTGRES_BIN). */
const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
/** PostgreSQL refuses to run as root; the image has this system user for it. */
const RUN_AS = 'postgres';

/** A throwaway PostgreSQL cluster for one test file. */
export type PostgresCluster = {
  /** Connection string (unix socket in the cluster's own folder: no port clashes with anything else). */
  url: string;
  /** A connection string for another database of the same cluster (created empty). */
  createDatabase(name: string): string;
  /** Runs SQL as the cluster's superuser (`fieldwrit`), e.g. to create the owner and app roles. */
  runAsSuperuser(script: string, database?: string): void;
  /** A connection string as another role (trust authentication: no password needed in tests). */
  urlAs(user: string, database: string): string;
  stop(): void;
};

function userIds(name: string): { uid: number; gid: number } | null {
  const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return null;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function chownTree(path: string, ids: { uid: number; gid: number }): void {
  chownSync(path, ids.uid, ids.gid);
}

/**
 * Starts a fresh cluster: initdb into a temp folder and pg_ctl start with the socket in that folder. When
 * running as root (CI containers), both run as the `postgres` user via runuser. fsync is off: these tests
 * kill the court server, never PostgreSQL, so durability of the database itself is not what they measure.
 * The cluster is removed by stop(), and also when the test process exits.
 */
export function startPostgresCluster(): PostgresCluster {
  const dir = mkdtempSync(join(tmpdir(), 'fieldwrit-pg-'));
  const dataDir = join(dir, 'data');
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? userIds(RUN_AS) : null;
  if (isRoot && !owner) throw new Error(`Running as root needs a "${RUN_AS}" system user to run PostgreSQL`);
  if (owner) chownTree(dir, owner);
  const run = (binary: string, args: string[]) => {
    const command = owner ? 'runuser' : join(BIN, binary);
    const fullArgs = owner ? ['-u', RUN_AS, '--', join(BIN, binary), ...args] : args;
    return execFileSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  // The port only names the socket file inside our private folder, so any number works.
  const port = 20_000 + Math.floor(Math.random() * 40_000);
  run('initdb', [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'fieldwrit',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
    '--no-instructions',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', dataDir, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);

  let isStopped = false;
  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    try {
      run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already down: only the folder is left to remove.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const urlFor = (database: string, user = 'fieldwrit') =>
    `postgresql://${user}@localhost:${port}/${database}?host=${dir}`;
  const runAsSuperuser = (script: string, database = 'postgres') => {
    run('psql', [
      '-h',
      dir,
      '-p',
      String(port),
      '-U',
      'fieldwrit',
      '-d',
      database,
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      script,
    ]);
  };
  return {
    url: urlFor('postgres'),
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name ${name}`);
      runAsSuperuser(`CREATE DATABASE ${name}`);
      return urlFor(name);
    },
    runAsSuperuser,
    urlAs: (user, database) => urlFor(database, user),
    stop,
  };
}
