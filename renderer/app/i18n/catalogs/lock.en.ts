import type { Message } from '../../../../shared/messages/Message';
import type { lockZhCN } from './lock.zhCN';

/** The lock screen, locking and officers' vaults on this installation: English. */
export const lockEn = {
  'lock.title': 'Locked',
  'lock.hint':
    "This device's data is encrypted. Each officer opens only their own data, with their own password.",
  'lock.officer': 'Officer',
  'lock.signInTitle': 'Sign in as another officer',
  'lock.signInHint':
    "Needs the court server. Signing in opens only your own data; other officers' data stays locked.",
  'lock.back': 'Back to unlock',
  'lock.lockNow': 'Lock',
  'lock.lockNowHint': "After locking, a password is needed to open this device's data again",
  'lock.wrongPassword': 'Wrong password: nothing was opened. Enter it again.',
  'lock.passwordChanged':
    "The court server accepted this password, but this device's data is still locked with your previous password. Unlock it with the previous password on the lock screen.",
  'signOut.unsentTitle': 'Work that has not reached the court server',
  'signOut.unsentBody':
    'Signing out removes your cases from this laptop, but this has not reached the court server yet: {changes} in {records}, {photos}.',
  'signOut.changes': { one: '{count} change', other: '{count} changes' },
  'signOut.records': { one: '{count} record', other: '{count} records' },
  'signOut.photos': {
    one: '{count} photo or file not uploaded',
    other: '{count} photos or files not uploaded',
  },
  'signOut.syncFirst': 'Sync first, then sign out',
  'signOut.keepLocked': 'Sign out and keep it locked on this laptop',
  'signOut.keepLockedHint':
    'Nothing is deleted: it stays on this laptop, encrypted and locked, and is sent when you sign in again.',
  'signOut.cancel': 'Cancel',
  'lock.deviceRevoked': 'This device was revoked by the court',
  'lock.deviceRevokedRemoved': "This laptop's case data was removed. Sign in again to continue working.",
  'lock.deviceRevokedKept':
    'This could not be sent to the court server and was not deleted; it is kept on this laptop, encrypted and locked: {changes} in {records}, {photos}. Sign in again to send it, or ask your team lead.',
} as const satisfies Record<keyof typeof lockZhCN, Message>;
