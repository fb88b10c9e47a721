import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import { isCommonPassword } from './commonPasswords';

/** The court's password length rule (issue 12: at least 10), counted in characters, not bytes. */
export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem =
  'auth.passwordTooShort' | 'auth.passwordTooCommon' | 'auth.passwordContainsUsername';

/**
 * Whether a new password may be set for `username`: long enough, not on a list of common passwords (nor
 * one character repeated, nor a run of consecutive digits, which the lists only sample), and not
 * containing the user name. Null when it may. The same rule for the CLI and the self-service change.
 */
export function checkPasswordPolicy(password: string, username: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'auth.passwordTooShort';
  const folded = password.normalize('NFKC').toLowerCase();
  if (isCommonPassword(folded) || isOneCharacter(folded) || isDigitRun(folded))
    return 'auth.passwordTooCommon';
  const name = normalizeUsername(username);
  // A two-letter name ("a1") is in too many good passwords to forbid; such a name is refused only whole.
  if (name !== '' && (name.length >= 3 ? folded.includes(name) : folded === name))
    return 'auth.passwordContainsUsername';
  return null;
}

function isOneCharacter(text: string): boolean {
  return new Set(text).size === 1;
}

/** 0123456789…, 9876543210…: each digit one more (or less) than the one before, wrapping past 9. */
function isDigitRun(text: string): boolean {
  if (!/^\d+$/.test(text)) return false;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add((Number(text[i]) - Number(text[i - 1]) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}
