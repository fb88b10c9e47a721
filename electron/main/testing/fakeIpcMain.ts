import type { IpcInvokeEvent, IpcMainLike } from '../createIpcRegistry';

type Listener = (event: IpcInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** A stand-in for Electron's ipcMain: records each `handle` call and lets a test invoke a channel. */
export function fakeIpcMain(): IpcMainLike & {
  handledChannels: string[];
  invoke(channel: string, args: unknown[], frameUrl?: string | null): Promise<unknown>;
} {
  const listeners = new Map<string, Listener>();
  const handledChannels: string[] = [];
  return {
    handledChannels,
    handle(channel, listener) {
      // Electron's ipcMain throws on a second handler for a channel, and so does this double.
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handledChannels.push(channel);
      listeners.set(channel, listener);
    },
    invoke(channel, args, frameUrl = 'app://fieldwrit/index.html') {
      const listener = listeners.get(channel);
      if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
      return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
    },
  };
}
