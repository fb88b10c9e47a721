import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The lists of common passwords refused by the policy, committed beside this file: Openwall's
 * `password.lst` (3,546 passwords most seen in 1990s Unix systems and 2006–2010 website leaks; public
 * domain, as shipped in Debian's john-data 1.9.0) and `commonPasswords.zh.txt` (Chinese users' favourites).
 */
const LISTS = ['commonPasswords.openwall.txt', 'commonPasswords.zh.txt'];

let loaded: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const name of LISTS) {
    const text = readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      if (line === '' || line.startsWith('#!comment')) continue;
      words.add(line.normalize('NFKC').toLowerCase());
    }
  }
  return words;
}

/** Whether `password` (compared after NFKC and lower-casing) is on one of the lists. Read once, lazily. */
export function isCommonPassword(password: string): boolean {
  loaded ??= load();
  return loaded.has(password.normalize('NFKC').toLowerCase());
}
