import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_MESSAGE_MAPS } from '../../../shared/messages/sharedMessageMaps';

const SHARED_DIR = join(import.meta.dirname, '../../../shared');

/** Every `*Messages.ts` / `messages.ts` file of shared/: where the shared bilingual maps live. */
function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messageFiles(path);
    return /(^m|M)essages\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('SHARED_MESSAGE_MAPS', () => {
  // The server's maps are checked the same way in server/app/problemFor.test.ts.
  it('lists every message map of shared/, so no code falls through to its bare name', async () => {
    const files = messageFiles(SHARED_DIR);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const module = (await import(file)) as Record<string, unknown>;
      const maps = Object.values(module).filter((v) => typeof v === 'object' && v !== null);
      expect(maps.length, relative(SHARED_DIR, file)).toBeGreaterThan(0);
      for (const map of maps) expect(SHARED_MESSAGE_MAPS, relative(SHARED_DIR, file)).toContain(map);
    }
  });
});
