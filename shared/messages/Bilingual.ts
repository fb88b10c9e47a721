import type { Message } from './Message';

/**
 * Both languages of one code's text, as a message map holds it (either may have plural forms). Maps are
 * plain `{ code: { 'zh-CN', en } }` objects, registered in the one registry (messageRegistry.ts).
 */
export type Bilingual = { readonly 'zh-CN': Message; readonly en: Message };

/** Both languages of a text with its parameters filled in: what the server sends and logs keep. */
export type BilingualText = { 'zh-CN': string; en: string };
