import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/sync/canonicalJson';
import { headStatement, type SignedHead } from '../../../shared/sync/signedHead';
import { checkCheckpointSignature } from './checkCheckpointSignature';
import { checkHeadSignature } from './checkHeadSignature';
import { verifyEd25519 } from './verifyEd25519';
import { makeCourtKey } from './testing/makeCourtKey';

const record = { entity: 'visit' as const, entityId: 'v-1' };

function flipped(base64: string, index: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[index]! ^= 0x01;
  return btoa(String.fromCharCode(...bytes));
}

describe('verifyEd25519', () => {
  it('accepts the court’s signature and refuses a flipped byte in signature, text or key', async () => {
    const key = await makeCourtKey('k1');
    const text = headStatement({ ...record, version: 3, hash: 'a'.repeat(64) });
    const signature = await key.sign(text);
    expect(await verifyEd25519(key.published.publicKey, text, signature)).toBe(true);
    for (const i of [0, 31, 63])
      expect(await verifyEd25519(key.published.publicKey, text, flipped(signature, i))).toBe(false);
    expect(
      await verifyEd25519(key.published.publicKey, text.replace('"version":3', '"version":4'), signature),
    ).toBe(false);
    // The last byte of the SPKI is the key's: another key, so no match.
    expect(await verifyEd25519(flipped(key.published.publicKey, 43), text, signature)).toBe(false);
  });

  it('answers false, never throws, for malformed keys and signatures', async () => {
    const key = await makeCourtKey('k1');
    const signature = await key.sign('x');
    for (const [publicKey, sig] of [
      ['not base64!', signature],
      [key.published.publicKey, '%%%'],
      ['AAAA', signature],
      [key.published.publicKey, 'AAAA'],
      [key.published.publicKey, ''],
    ] as const)
      expect(await verifyEd25519(publicKey, 'x', sig)).toBe(false);
  });
});

describe('checkHeadSignature', () => {
  it('is valid for the head as signed, invalid for another record or hash, unknownKey without its key', async () => {
    const key = await makeCourtKey('k1');
    const hash = 'b'.repeat(64);
    const head: SignedHead = {
      version: 2,
      hash,
      keyId: 'k1',
      signature: await key.sign(headStatement({ ...record, version: 2, hash })),
    };
    expect(await checkHeadSignature(head, record, key.published)).toBe('valid');
    expect(await checkHeadSignature(head, { ...record, entityId: 'v-2' }, key.published)).toBe('invalid');
    expect(await checkHeadSignature({ ...head, hash: 'c'.repeat(64) }, record, key.published)).toBe(
      'invalid',
    );
    expect(await checkHeadSignature(head, record, null)).toBe('unknownKey');
    expect(await checkHeadSignature({ ...head, keyId: 'k2' }, record, key.published)).toBe('unknownKey');
  });
});

describe('checkCheckpointSignature', () => {
  it('checks the checkpoint statement the server signs', async () => {
    const key = await makeCourtKey('k1');
    const unsigned = {
      id: 4,
      commitSeq: 10,
      createdAt: '2026-12-01T00:00:00.000Z',
      headCount: 3,
      headsSha256: 'd'.repeat(64),
    };
    const text = canonicalJson({ kind: 'fieldwrit.checkpoint/1', ...unsigned });
    const checkpoint = { ...unsigned, keyId: 'k1', signature: await key.sign(text) };
    expect(await checkCheckpointSignature(checkpoint, key.published)).toBe('valid');
    expect(await checkCheckpointSignature({ ...checkpoint, headCount: 2 }, key.published)).toBe('invalid');
  });
});
