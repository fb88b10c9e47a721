import type { Locale } from '../../../shared/messages/Locale';
import { VaultPasswordMismatch } from '../../app/boot/VaultPasswordMismatch';
import type { useT } from '../../app/i18n/useT';
import { CourtHttpError } from '../../sync/court/CourtHttpError';

/** Why a sign-in failed, in the officer's language: the court's own words when it gave any. */
export function signInErrorText(error: unknown, t: ReturnType<typeof useT>, locale: Locale): string {
  if (error instanceof VaultPasswordMismatch) return t('lock.passwordChanged');
  if (error instanceof CourtHttpError)
    return error.problem
      ? t('server.signInFailed', { message: error.problem.message[locale] })
      : t('server.unreachable');
  return t('server.signInFailed', { message: error instanceof Error ? error.message : String(error) });
}
