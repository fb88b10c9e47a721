import { killHard } from '../../integration/server/support/serverProcess';
import type { ServerProcess } from '../../integration/server/support/serverProcess';

/**
 * Stops the court server with SIGTERM (its own shutdown: closes the database, and writes a CPU profile
 * when started with NODE_OPTIONS=--cpu-prof), or SIGKILL if it has not exited after `graceMs`.
 */
export async function stopServer(server: ServerProcess, graceMs = 15_000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref());
  if ((await Promise.race([exited, timer])) === 'late') await killHard(server);
}
