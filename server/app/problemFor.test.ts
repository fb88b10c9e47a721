import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownCode } from '../../shared/messages/messageRegistry';
import { messageText } from '../../shared/messages/messageText';
import { problemFor } from './problemFor';

const SERVER_DIR = join(import.meta.dirname, '..');

/** Every `*Messages.ts` file of server/: where the server's bilingual maps live. */
function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messageFiles(path);
    return /Messages\.ts$/.test(entry.name) ? [path] : [];
  });
}

const isBilingualMap = (value: unknown): value is Record<string, { 'zh-CN': unknown; en: unknown }> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'object' && v !== null && 'zh-CN' in v && 'en' in v);

describe('problemFor', () => {
  it('registers every message map of server/ in the one registry', async () => {
    const files = messageFiles(SERVER_DIR);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const module = (await import(file)) as Record<string, unknown>;
      const maps = Object.values(module).filter(isBilingualMap);
      expect(maps.length, relative(SERVER_DIR, file)).toBeGreaterThan(0);
      for (const code of maps.flatMap((m) => Object.keys(m))) {
        expect(isKnownCode(code), `${code} (${relative(SERVER_DIR, file)}) is not registered`).toBe(true);
      }
    }
  });

  it('answers a server-only code with its own texts, and an unknown code with the generic one', () => {
    expect(problemFor('blob.badHash', 'sha256')).toEqual({
      code: 'blob.badHash',
      message: { 'zh-CN': messageText('blob.badHash', 'zh-CN'), en: messageText('blob.badHash', 'en') },
      path: 'sha256',
    });
    expect(problemFor('admin.noCourt').message.en).toMatch(/create-court/);
    expect(problemFor('no.suchCode').message).toEqual(problemFor('field.invalid').message);
    expect(problemFor('toString').message).toEqual(problemFor('field.invalid').message);
  });
});
