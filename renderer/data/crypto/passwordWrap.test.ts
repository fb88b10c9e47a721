import { describe, expect, it } from 'vitest';
import { generateDataKeyBytes, unwrapWithPassword, wrapWithPassword } from './passwordWrap';

// The real count takes ~0.3 s per call; the format and the checks are the same at the schema's minimum.
const FAST = 100_000;

describe('password-wrapped data key', () => {
  it('opens with the password and with nothing else', async () => {
    const raw = generateDataKeyBytes();
    const stored = await wrapWithPassword(raw, 'Zhixing-2026!', FAST);
    expect(await unwrapWithPassword(stored, 'Zhixing-2026!')).toEqual(raw);
    expect(await unwrapWithPassword(stored, 'zhixing-2026!')).toBeNull();
    expect(await unwrapWithPassword(stored, '')).toBeNull();
  });

  it('refuses altered bytes and malformed records instead of throwing', async () => {
    const stored = await wrapWithPassword(generateDataKeyBytes(), 'pw-0123456789', FAST);
    const flipped = { ...stored, wrapped: stored.wrapped.slice() };
    flipped.wrapped[3] ^= 0x80;
    expect(await unwrapWithPassword(flipped, 'pw-0123456789')).toBeNull();
    expect(await unwrapWithPassword({ ...stored, iterations: 1 }, 'pw-0123456789')).toBeNull();
    expect(await unwrapWithPassword({ kind: 'password' }, 'pw-0123456789')).toBeNull();
    expect(await unwrapWithPassword(null, 'pw-0123456789')).toBeNull();
  });
});
