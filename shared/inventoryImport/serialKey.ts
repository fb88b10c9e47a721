import { foldCell, isPlaceholder } from './cellResult';

/**
 * The form in which two serial numbers are compared for duplicates: full-width folded, upper case, spaces
 * removed ("ab 123" = "ＡＢ123"). Hyphens and slashes are kept: "A-12" and "A12" may be different machines.
 * Empty (and placeholder cells such as "无") give '' and are never duplicates.
 */
export function serialKey(serial: string): string {
  const folded = foldCell(serial);
  if (isPlaceholder(folded)) return '';
  return folded.toUpperCase().replace(/\s+/g, '');
}
