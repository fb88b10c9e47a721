import type { Migration } from './Migration';
import { m0001Initial } from './0001-initial';
import { m0002Sync } from './0002-sync';

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [m0001Initial, m0002Sync];
