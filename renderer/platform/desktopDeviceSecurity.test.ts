import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/ipc/result';
import { desktopDeviceSecurity } from './desktopDeviceSecurity';

function fakeApi(isAvailable: boolean) {
  let listener: ((payload: unknown) => void) | null = null;
  const api = {
    keys: {
      wrap: async (raw: Uint8Array) =>
        isAvailable ? ok(new Uint8Array([...raw].reverse())) : err('unavailable', 'no keyring'),
      unwrap: async (wrapped: Uint8Array) =>
        wrapped.length === 32 ? ok(new Uint8Array([...wrapped].reverse())) : err('not-allowed', 'refused'),
    },
    events: {
      onPowerLock: (l: (payload: unknown) => void) => {
        listener = l;
        return () => (listener = null);
      },
    },
  };
  return { api: api as unknown as DesktopApi, emit: (payload: unknown) => listener?.(payload) };
}

describe('desktopDeviceSecurity', () => {
  it('wraps through main, and answers null when there is no keystore or it refuses', async () => {
    const key = new Uint8Array(32).map((_, i) => i);
    const { keyStore } = desktopDeviceSecurity(fakeApi(true).api);
    const wrapped = await keyStore!.wrap(key);
    expect(await keyStore!.unwrap(wrapped!)).toEqual(key);
    expect(await keyStore!.unwrap(new Uint8Array(3))).toBeNull();
    expect(await desktopDeviceSecurity(fakeApi(false).api).keyStore!.wrap(key)).toBeNull();
  });

  it('locks on a well-formed power event only, until unsubscribed', () => {
    const { api, emit } = fakeApi(true);
    let locks = 0;
    const off = desktopDeviceSecurity(api).onSystemLock(() => locks++);
    emit({ reason: 'suspend' });
    emit({ reason: 'something else' });
    emit('suspend');
    expect(locks).toBe(1);
    off();
    emit({ reason: 'lock-screen' });
    expect(locks).toBe(1);
  });
});
