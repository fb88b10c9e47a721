/**
 * A text whose wording depends on a number (`{count}`): one form per plural category of the language
 * (CLDR, through Intl.PluralRules), `other` always there. English needs `one` and `other`; Chinese has no
 * plural forms, so its texts stay plain strings.
 */
export type PluralMessage = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** A catalog entry: a text, or plural forms of it. */
export type Message = string | PluralMessage;
