import { z } from 'zod';
import type { IpcChannel, IpcContract } from '../../shared/ipc/contract';
import { err } from '../../shared/ipc/result';
import { ipcSchemas } from '../../shared/ipc/schemas';
import type { IpcChannelSchemas } from '../../shared/ipc/schemas';
import { isAppUrl } from './appOrigin';
import { describeError } from './describeError';
import type { Logger } from './logger';

/** The part of an `IpcMainInvokeEvent` the registry reads. */
export type IpcInvokeEvent = { senderFrame: { url: string } | null };

/** The part of Electron's `ipcMain` the registry uses (tests pass a double of it). */
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
};

/** A channel's handler: exactly the contract's function, receiving arguments that passed the schema. */
export type IpcHandler<K extends IpcChannel> = (
  ...args: Parameters<IpcContract[K]>
) => ReturnType<IpcContract[K]>;

export type IpcRegistry = {
  /** Registers the one handler of `channel`. Throws if the channel already has one. */
  handle<K extends IpcChannel>(channel: K, handler: IpcHandler<K>): void;
  /** Channels registered so far, in registration order. */
  channels(): readonly IpcChannel[];
};

export type IpcRegistryOptions = {
  logger: Logger;
  /** Which frames may call the shell; defaults to the app's own origin. */
  isTrustedSender?: (frameUrl: string | undefined) => boolean;
};

const schemas: IpcChannelSchemas = ipcSchemas;

/**
 * The only way main registers IPC handlers. Every inbound call is checked in the same order:
 * the sender is the app's own page, the arguments parse (as `unknown`) with the channel's schema, and
 * whatever the handler throws comes back as an `internal` error value instead of a rejected promise.
 */
export function createIpcRegistry(
  ipcMain: IpcMainLike,
  { logger, isTrustedSender = isAppUrl }: IpcRegistryOptions,
): IpcRegistry {
  const registered: IpcChannel[] = [];

  return {
    handle(channel, handler) {
      // Two handlers for one channel means one of them silently never runs (Actual's createApp throws too).
      if (registered.includes(channel)) throw new Error(`IPC channel "${channel}" already has a handler`);
      registered.push(channel);
      const argsSchema = schemas[channel].args;

      ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
        // A frame that is not the app (an injected iframe, a page reached by a navigation bug) gets nothing.
        if (!isTrustedSender(event.senderFrame?.url)) {
          logger.warn('IPC call from an untrusted frame refused', {
            channel,
            frame: event.senderFrame?.url ?? null,
          });
          return err('forbidden-sender', `${channel} may only be called by the app itself`);
        }
        const parsed = argsSchema.safeParse(rawArgs);
        if (!parsed.success) return err('invalid-payload', `${channel}: ${z.prettifyError(parsed.error)}`);
        try {
          return await handler(...parsed.data);
        } catch (error) {
          logger.error('IPC handler failed', { channel, error: describeError(error) });
          return err('internal', `${channel} failed: ${describeError(error)}`);
        }
      });
    },
    channels: () => [...registered],
  };
}
