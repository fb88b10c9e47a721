/**
 * True when text has something besides white space. Schemas check "required" with this instead of
 * `.trim().min(1)`, because zod's trim rewrites the stored value: on a field autosaved while typed, the
 * space between two words would vanish the moment it is typed.
 */
export function isNotBlank(text: string): boolean {
  return text.trim() !== '';
}
