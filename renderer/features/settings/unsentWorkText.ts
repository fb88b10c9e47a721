import type { T } from '../../app/i18n/useT';
import type { UnsentWork } from '../../data/vaults/unsentWork';

/** The pieces every "what would be lost" text names: N changes, in M records, K photos not uploaded. */
export function unsentWorkParams(t: T, work: UnsentWork) {
  return {
    changes: t('signOut.changes', { count: work.changes }),
    records: t('signOut.records', { count: work.records }),
    photos: t('signOut.photos', { count: work.photos }),
  };
}
