import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, MIN_PASSWORD_LENGTH } from './checkPasswordPolicy';

describe('checkPasswordPolicy', () => {
  it('refuses passwords shorter than 10 characters, counted as characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(checkPasswordPolicy('12345678', 'zhangsan')).toBe('auth.passwordTooShort');
    expect(checkPasswordPolicy('Tr0ub4dor', 'zhangsan')).toBe('auth.passwordTooShort');
    // Nine Chinese characters are 27 bytes but nine characters.
    expect(checkPasswordPolicy('执行干警现场执行中', 'zhangsan')).toBe('auth.passwordTooShort');
    expect(checkPasswordPolicy('执行干警现场执行中心', 'zhangsan')).toBeNull();
  });

  it('refuses common passwords from both lists, whatever their case or width', () => {
    for (const common of [
      '1234567890',
      '1qaz2wsx3edc',
      'woaini1314',
      'WoAiNi1314',
      'ｗｏａｉｎｉ１３１４',
      'qwertyuiop',
      'iloveyou1314',
      'administrator',
      'aaaaaaaaaaaa',
      '8888888888',
      '2345678901',
      '98765432109',
    ]) {
      expect(checkPasswordPolicy(common, 'zhangsan'), common).toBe('auth.passwordTooCommon');
    }
  });

  it('refuses a password containing the user name, in any case or padding', () => {
    expect(checkPasswordPolicy('zhangsan-2025!', 'zhangsan')).toBe('auth.passwordContainsUsername');
    expect(checkPasswordPolicy('my-ZhangSan-pw', ' ZHANGSAN ')).toBe('auth.passwordContainsUsername');
    // A two-character name is refused only as the whole password (it is in too many good ones).
    expect(checkPasswordPolicy('a1-correct-horse', 'a1')).toBeNull();
  });

  it('accepts a long, uncommon password', () => {
    expect(checkPasswordPolicy('correct-horse-42', 'zhangsan')).toBeNull();
    expect(checkPasswordPolicy('1357 tea at the court', 'lisi')).toBeNull();
  });
});
