import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSigningKeyRing } from './loadSigningKeyRing';
import { rotateSigningKey } from './rotateSigningKey';
import { SigningKeyFileError } from './signingKeyFile';

describe('the court signing key file', () => {
  const dirs: string[] = [];
  const newPath = () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldwrit-keys-'));
    dirs.push(dir);
    return join(dir, 'signing-keys.json');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is created readable by its owner only, and signs what only its key verifies', () => {
    const path = newPath();
    const { keyId } = rotateSigningKey(path, '2025-06-01T00:00:00.000Z');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const ring = loadSigningKeyRing(path);
    expect(ring.currentKeyId).toBe(keyId);
    const signed = ring.sign('head 1');
    expect(ring.verify(signed.keyId, 'head 1', signed.signature)).toBe(true);
    expect(ring.verify(signed.keyId, 'head 2', signed.signature)).toBe(false);
    expect(ring.verify('0000000000000000', 'head 1', signed.signature)).toBe(false);
    expect(ring.verify(signed.keyId, 'head 1', 'not base64 at all')).toBe(false);
  });

  it('rotates: the new key signs, the old one keeps only its public half and still verifies', () => {
    const path = newPath();
    const first = rotateSigningKey(path, '2025-06-01T00:00:00.000Z');
    const old = loadSigningKeyRing(path).sign('checkpoint 1');
    const second = rotateSigningKey(path, '2025-07-01T00:00:00.000Z');
    expect(second.retired).toEqual([first.keyId]);
    const ring = loadSigningKeyRing(path);
    expect(ring.currentKeyId).toBe(second.keyId);
    expect(ring.sign('x').keyId).toBe(second.keyId);
    expect(ring.verify(old.keyId, 'checkpoint 1', old.signature)).toBe(true);
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      keys: { keyId: string; privateKey: string | null; retiredAt: string | null }[];
    };
    expect(file.keys.map((k) => [k.keyId, k.privateKey === null, k.retiredAt])).toEqual([
      [first.keyId, true, '2025-07-01T00:00:00.000Z'],
      [second.keyId, false, null],
    ]);
    expect(ring.publicKeys().map((k) => k.keyId)).toEqual([first.keyId, second.keyId]);
  });

  it('refuses a missing or damaged file with what to run', () => {
    const path = newPath();
    expect(() => loadSigningKeyRing(path)).toThrow(SigningKeyFileError);
    expect(() => loadSigningKeyRing(path)).toThrow(/create-signing-key/);
    writeFileSync(path, '{"format":"fieldwrit-signing-keys/1","keys":[{"keyId":"x"}]}');
    expect(() => loadSigningKeyRing(path)).toThrow(/damaged/);
  });
});
