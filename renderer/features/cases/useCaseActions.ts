import { notifications } from '@mantine/notifications';
import type { CasePatch } from '../../../shared/domain/casePatch';
import type { Case } from '../../../shared/domain/case';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useMutationContext } from '../../app/session/useMutationContext';
import { InvalidDataError, StorageFullError } from '../../data/errors';

export type SaveOutcome = { ok: true; case: Case } | { ok: false; codes: string[] };

/**
 * Case edits: validate → write (row + outbox, one transaction) → tell the officer. A failure leaves the
 * form as typed; nothing already saved is touched.
 */
export function useCaseActions() {
  const { repos } = useServices();
  const ctx = useMutationContext();
  const t = useT();
  return {
    async save(caseId: string, patch: CasePatch): Promise<SaveOutcome> {
      try {
        const saved = await repos.cases.update(ctx, caseId, patch);
        return { ok: true, case: saved };
      } catch (error) {
        if (error instanceof InvalidDataError) {
          notifications.show({ color: 'red', message: t('edit.invalid') });
          return { ok: false, codes: error.codes };
        }
        const message =
          error instanceof StorageFullError
            ? t('edit.storageFull')
            : t('edit.failed', { message: error instanceof Error ? error.message : String(error) });
        notifications.show({ color: 'red', message, autoClose: false });
        return { ok: false, codes: [] };
      }
    },
  };
}
