import { InvalidInput } from '../errors/InvalidInput';
import { authMessages } from './authMessages';
import type { PasswordProblem } from './checkPasswordPolicy';

/**
 * A new password the policy refuses (400 on the self-service route). Its message is the bilingual text,
 * so the administrator's CLI can print it as it is.
 */
export class PasswordRejected extends InvalidInput {
  constructor(code: PasswordProblem) {
    super(code, 'newPassword');
    const text = authMessages[code];
    this.message = `${text['zh-CN']} / ${text.en}`;
  }
}
