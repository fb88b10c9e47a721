/** The languages FieldWrit speaks: Chinese first (the source language), English complete. */
export type Locale = 'zh-CN' | 'en';

export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];
