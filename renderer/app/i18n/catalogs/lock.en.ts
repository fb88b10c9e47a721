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
} as const satisfies Record<keyof typeof lockZhCN, Message>;
