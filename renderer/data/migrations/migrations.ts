import type { Migration } from './Migration';
import { m0001Initial } from './0001-initial';
import { m0002Sync } from './0002-sync';
import { m0003SiteVisits } from './0003-site-visits';
import { m0004Review } from './0004-review';
import { m0005BlobChunks } from './0005-blob-chunks';

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [
  m0001Initial,
  m0002Sync,
  m0003SiteVisits,
  m0004Review,
  m0005BlobChunks,
];
