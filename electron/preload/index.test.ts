import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEY } from '../../shared/ipc/contract';
import { IPC_CHANNELS } from '../../shared/ipc/schemas';

// The preload can only run inside Electron; here `electron` is replaced by a double that records what
// the preload exposes and which channels it invokes. Our own code (the preload) runs for real.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invocations: [] as Array<{ channel: string; args: unknown[] }>,
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      bridge.invocations.push({ channel, args });
      return { ok: true, value: `answer of ${channel}` };
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      bridge.listeners.get(channel)?.delete(listener),
  },
}));

/** Sample arguments per channel, one per parameter of the contract's function. */
const ARGS_OF: Record<(typeof IPC_CHANNELS)[number], unknown[]> = {
  'app:getInfo': [],
  'shell:openExternal': [{ marker: 'shell:openExternal' }],
  'journal:append': [{ marker: 'journal:append' }],
  'journal:readAll': [],
  'journal:acknowledge': [{ deviceId: 'device-1', throughClientSeq: 4 }],
  'attachments:write': ['a'.repeat(64), new Uint8Array([1, 2, 3])],
  'attachments:read': ['b'.repeat(64)],
  'print:toPdf': ['现场调查笔录'],
  'keys:wrap': [new Uint8Array(32)],
  'keys:unwrap': [new Uint8Array([9, 9])],
};

type ExposedApi = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
let api: ExposedApi;

beforeAll(async () => {
  await import('./index');
  api = bridge.exposed.get(DESKTOP_API_KEY) as ExposedApi;
});

describe('preload', () => {
  it('exposes exactly one API object, on window.fieldwrit', () => {
    expect([...bridge.exposed.keys()]).toEqual(['fieldwrit']);
  });

  it('exposes one function per contract key and nothing else', () => {
    const exposedKeys = Object.entries(api)
      .filter(([domain]) => domain !== 'events')
      .flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}:${verb}`));
    expect(exposedKeys.sort()).toEqual([...IPC_CHANNELS].sort());
    expect(
      Object.values(api)
        .flatMap((verbs) => Object.values(verbs))
        .every((fn) => typeof fn === 'function'),
    ).toBe(true);
  });

  it.each(IPC_CHANNELS)('%s invokes its own channel with the arguments unchanged', async (channel) => {
    const [domain, verb] = channel.split(':') as [string, string];
    const args = ARGS_OF[channel];
    bridge.invocations.length = 0;
    expect(await api[domain]![verb]!(...args)).toEqual({ ok: true, value: `answer of ${channel}` });
    expect(bridge.invocations).toEqual([{ channel, args }]);
  });
  it('forwards only the payload of the lock event, and unsubscribes', () => {
    const events = api.events as unknown as { onPowerLock: (l: (p: unknown) => void) => () => void };
    expect(Object.keys(events)).toEqual(['onPowerLock']);
    const seen: unknown[] = [];
    const off = events.onPowerLock((payload) => seen.push(payload));
    const emit = (payload: unknown) =>
      bridge.listeners.get('power:lock')?.forEach((l) => l({ sender: 'main internals' }, payload));
    emit({ reason: 'suspend' });
    off();
    emit({ reason: 'lock-screen' });
    expect(seen).toEqual([{ reason: 'suspend' }]);
  });
});
