/**
 * A text whose wording depends on a number: one form per plural category of the language (CLDR, through
 * Intl.PluralRules), `other` always there. English needs `one` and `other`; Chinese has no plural forms, so
 * its texts stay plain strings.
 *
 * The form is chosen by the `count` parameter. A text whose number has a name of its own ("{days} days",
 * "{rows} rows") says so with `by`, so call sites keep the parameter names that read well in every language:
 * `{ by: 'days', one: 'Open for {days} day', other: 'Open for {days} days' }`. A text with two numbers is
 * plural in one of them and phrased so the other reads right for 1 ("Sealed or removed: {sealed}").
 */
export type PluralMessage = { readonly [C in Intl.LDMLPluralRule]?: string } & {
  readonly other: string;
  /** The parameter whose value chooses the form; `count` when absent. */
  readonly by?: string;
};

/** A catalog entry: a text, or plural forms of it. `{name}` in it are parameters. */
export type Message = string | PluralMessage;
