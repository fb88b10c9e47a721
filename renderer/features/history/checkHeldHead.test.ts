import { describe, expect, it } from 'vitest';
import type { RecordHistory } from '../../../shared/history/recordHistory';
import { headStatement, type PublicSigningKey } from '../../../shared/sync/signedHead';
import { checkHeldHead } from './checkHeldHead';
import { makeCourtKey } from '../../sync/court/testing/makeCourtKey';

const record = { entity: 'case' as const, entityId: 'c-1' };
const hash = 'e'.repeat(64);
const historyWith = (h: string) => async () =>
  ({ versions: [{ version: 1, hash: h }] }) as unknown as RecordHistory;
const finder = (key: PublicSigningKey | null) => ({ find: async () => key });

describe('checkHeldHead', () => {
  it('checks the signature before the chain: a forged head is a break, an unknown key not verifiable', async () => {
    const key = await makeCourtKey('k1');
    const held = {
      version: 1,
      hash,
      keyId: 'k1',
      signature: await key.sign(headStatement({ ...record, version: 1, hash })),
    };

    expect(await checkHeldHead(record, held, finder(key.published), historyWith(hash))).toEqual({
      kind: 'matches',
      version: 1,
    });
    expect(await checkHeldHead(record, held, finder(key.published), historyWith('0'.repeat(64)))).toEqual({
      kind: 'changed',
      version: 1,
    });
    const other = await makeCourtKey('k1');
    expect(await checkHeldHead(record, held, finder(other.published), historyWith(hash))).toEqual({
      kind: 'signatureInvalid',
      version: 1,
    });
    expect(await checkHeldHead(record, held, finder(null), historyWith(hash))).toEqual({
      kind: 'notVerifiable',
      version: 1,
    });
  });
});
