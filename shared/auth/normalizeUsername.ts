/**
 * The one spelling of a user name used for lookup, throttling and the offline unlock: NFKC folds
 * full-width letters typed with a Chinese IME ("ｚｈａｎｇ" → "zhang"), then trim and lower-case.
 */
export function normalizeUsername(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}
