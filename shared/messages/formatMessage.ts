import type { Locale } from './Locale';
import type { Message, PluralMessage } from './Message';

export type Params = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/** Rules for numbers shown with `fractionDigits` decimals: English says "1 day" but "1.0 days". */
function rulesFor(locale: Locale, fractionDigits: number): Intl.PluralRules {
  const key = `${locale}:${fractionDigits}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { minimumFractionDigits: fractionDigits });
    pluralRules.set(key, rules);
  }
  return rules;
}

function pluralForm(locale: Locale, message: PluralMessage, params: Params | undefined): string {
  const value = params?.[message.by ?? 'count'];
  const count = Number(value);
  // A missing or non-numeric count is a caller's slip: `other` is the form that never reads as "1 thing".
  if (value === undefined || !Number.isFinite(count)) return message.other;
  // A number already formatted ("1.0") chooses by what it shows.
  const fractionDigits = typeof value === 'string' ? (/\.(\d+)$/.exec(value)?.[1]?.length ?? 0) : 0;
  return message[rulesFor(locale, fractionDigits).select(count)] ?? message.other;
}

/**
 * A message as text in `locale`: its plural form chosen by the `count` parameter (or the one it names with
 * `by`), and `{name}` parameters filled in. A parameter not given stays `{name}`, so a slip shows, not
 * vanishes. Used by the UI's `translate` and by `messageText`, so both speak the same way.
 */
export function formatMessage(locale: Locale, message: Message, params?: Params): string {
  const text = typeof message === 'string' ? message : pluralForm(locale, message, params);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}
