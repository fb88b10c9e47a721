import type { Bilingual } from '../../shared/messages/Bilingual';
import { MIN_PASSWORD_LENGTH } from './checkPasswordPolicy';

/**
 * Bilingual texts for the codes the sign-in, session and password endpoints add (issue 12). Each says what
 * happened and what the officer does next; `auth.deviceRevoked` is the one the app acts on by itself.
 */
export const authMessages = {
  'auth.deviceRevoked': {
    'zh-CN': '此设备已被停用（管理员操作或检测到登录凭据被盗用），请联系管理员后重新登录',
    en: 'This device has been revoked (by the administrator, or because its sign-in token was replayed); contact the administrator and sign in again',
  },
  'auth.sessionEnded': {
    'zh-CN': '登录已结束（已退出或密码已更改），请重新输入密码登录',
    en: 'The session has ended (signed out or the password changed); sign in again with your password',
  },
  'auth.currentPasswordWrong': {
    'zh-CN': '当前密码不正确，密码未更改',
    en: 'The current password is wrong; the password was not changed',
  },
  'auth.passwordTooShort': {
    'zh-CN': `密码至少 ${MIN_PASSWORD_LENGTH} 个字符，请换一个更长的密码`,
    en: `Passwords need at least ${MIN_PASSWORD_LENGTH} characters; choose a longer one`,
  },
  'auth.passwordTooCommon': {
    'zh-CN': '这是常见密码，很容易被猜中，请换一个',
    en: 'This is a common password that is easily guessed; choose another',
  },
  'auth.passwordContainsUsername': {
    'zh-CN': '密码不能包含用户名，请换一个',
    en: 'The password must not contain the user name; choose another',
  },
} as const satisfies Record<string, Bilingual>;
