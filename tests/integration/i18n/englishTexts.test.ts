import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/app/i18n/en';
import type { Message } from '../../../shared/messages/Message';
import { findMessage, registeredCodes } from '../../../shared/messages/messageRegistry';
// Registers the server's own maps (admin, blob, limits…) beside the shared ones.
import '../../../server/app/problemFor';

/** Every English text: the UI catalog (key) and every registered code's `en` (code). */
function englishTexts(): { id: string; message: Message }[] {
  const ui = Object.entries(en).map(([key, message]) => ({ id: key, message: message as Message }));
  const codes = registeredCodes().map((code) => ({ id: `code ${code}`, message: findMessage(code)!.en }));
  return [...ui, ...codes];
}

/** The wordings of a message: the text, or each plural form (not the `by` parameter name). */
const forms = (message: Message): [form: string, text: string][] =>
  typeof message === 'string'
    ? [['text', message]]
    : Object.entries(message).filter((entry): entry is [string, string] => entry[0] !== 'by');

const FULL_WIDTH_OR_CJK = /[（）：，。；！？、“”【】《》「」『』\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Chinese that an English text must keep, verbatim. Each names where it is and why; the test fails when an
 * entry is no longer used, so the list cannot rot.
 */
const CHINESE_ALLOWED = [
  {
    id: 'code caseNumber.format',
    fragment: '(2025)内0291执1234号',
    reason: 'a case number is written in Chinese in every language: the example must look like a real one',
  },
  {
    id: 'inventory.import.unit.wan_yuan',
    fragment: '万元',
    reason: "the unit as an enterprise's own spreadsheet heads its value column: the officer matches it",
  },
] as const;

const COUNT_PARAMS = /\{(count|n|days|rows|good|bad|total|remaining|blank|carried|missing|sealed|done)\}/g;
// Words ending in s that are no plural noun: verbs after a subject ("{n} version checks out") and the like.
const NOT_NOUNS = new Set(['is', 'was', 'has', 'does', 'checks', 'this', 'its', 'as', 'us', 'plus', 'thus']);

/** The words after a count parameter that are an English plural (rows, days, file(s)), if any. */
function pluralNounAfterCount(text: string): string | undefined {
  for (const match of text.matchAll(COUNT_PARAMS)) {
    const after = text.slice(match.index + match[0].length);
    const words = /^((?:\s+[A-Za-z()’'-]+){1,2})/.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
    const plural = words.find(
      (w) => w.endsWith('(s)') || (/^[a-z]+s$/.test(w) && !w.endsWith('ss') && !NOT_NOUNS.has(w)),
    );
    if (plural !== undefined) return `${match[0]} ${plural}`;
  }
  return undefined;
}

describe('English texts', () => {
  it('use no full-width punctuation and no Chinese, except the deliberate examples', () => {
    const offenders: string[] = [];
    const used = new Set<string>();
    for (const { id, message } of englishTexts()) {
      for (const [form, text] of forms(message)) {
        let rest = text;
        for (const allowed of CHINESE_ALLOWED) {
          if (allowed.id === id && rest.includes(allowed.fragment)) {
            rest = rest.replaceAll(allowed.fragment, '');
            used.add(allowed.id);
          }
        }
        if (FULL_WIDTH_OR_CJK.test(rest)) offenders.push(`${id} (${form}): ${text}`);
      }
    }
    expect(offenders).toEqual([]);
    expect([...used].sort()).toEqual(CHINESE_ALLOWED.map((a) => a.id).sort());
  });

  it('put a count before a plural noun only in plural messages, so "1 days" cannot creep in', () => {
    const offenders: string[] = [];
    for (const { id, message } of englishTexts()) {
      for (const [form, text] of forms(message)) {
        if (form !== 'text' && form !== 'one') continue;
        const found = pluralNounAfterCount(text);
        if (found !== undefined) offenders.push(`${id} (${form}): "${found}" in ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('sees "{n} rows" and "file(s)" as plural nouns, and leaves "{count} is" alone', () => {
    expect(pluralNounAfterCount('Import {good} rows')).toBe('{good} rows');
    expect(pluralNounAfterCount('{count} file(s) saved')).toBe('{count} file(s)');
    expect(pluralNounAfterCount('{count} more assets')).toBe('{count} assets');
    expect(pluralNounAfterCount('{count} is saved, {name} tables')).toBeUndefined();
  });

  it('give every plural message a `one` and an `other` form that differ', () => {
    const offenders: string[] = [];
    for (const { id, message } of englishTexts()) {
      if (typeof message === 'string') continue;
      if (message.one === undefined || message.one === message.other) offenders.push(id);
    }
    expect(offenders).toEqual([]);
  });
});
