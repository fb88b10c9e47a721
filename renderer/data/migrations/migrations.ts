import type { Migration } from './Migration';
import { m0001Initial } from './0001-initial';

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [m0001Initial];
