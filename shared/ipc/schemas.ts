import { z } from 'zod';
import { WHOLE_BLOB_MAX_BYTES } from '../sync/blobProtocol';
import type { IpcChannel, IpcContract, IpcEventChannel, IpcEvents } from './contract';
import { IPC_ERROR_CODES } from './result';
import type { Result } from './result';

/** What `app:getInfo` answers. */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** `process.platform` of the shell: 'linux', 'win32', ... */
  platform: z.string(),
  electronVersion: z.string(),
  chromeVersion: z.string(),
  isPackaged: z.boolean(),
  /** Origin of the court server the shell was configured with, or null when none is configured. */
  courtServerOrigin: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Longest URL the shell will consider opening; real help links are far shorter. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export const externalUrlSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

/** A SHA-256 in lower-case hex: the only name an attachment file can have (no paths can be smuggled in). */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Largest attachment the shell stores in one call: the largest file the app handles whole. Bigger files
 * (recordings up to the court server's MAX_BLOB_BYTES, 8 GiB) are stored in chunks, never sent whole.
 */
export const MAX_ATTACHMENT_BYTES = WHOLE_BLOB_MAX_BYTES;

export const attachmentBytesSchema = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array && v.byteLength <= MAX_ATTACHMENT_BYTES,
  { error: `attachment bytes must be a Uint8Array of at most ${MAX_ATTACHMENT_BYTES} bytes` },
);

/**
 * Largest sealed journal entry: a mutation (whose texts are each bounded by the sync protocol) sealed, with
 * room to spare. Anything bigger is not a mutation of this app.
 */
export const MAX_JOURNAL_SEALED_BYTES = 4 * 1024 * 1024;

const sealedJournalBytesSchema = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array && v.byteLength > 0 && v.byteLength <= MAX_JOURNAL_SEALED_BYTES,
  { error: `a sealed journal entry is a Uint8Array of 1 to ${MAX_JOURNAL_SEALED_BYTES} bytes` },
);

/**
 * One outbox mutation as the desktop journal holds it: sealed by the renderer with the officer's data key
 * (associated data: device id and clientSeq, so a line cannot be passed off as another). Main sees only the
 * two numbers it needs to compact the file once the server acknowledges them, never the mutation.
 */
export const sealedJournalEntrySchema = z.object({
  deviceId: z.string().min(1).max(100),
  clientSeq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  sealed: sealedJournalBytesSchema,
});
export type SealedJournalEntry = z.infer<typeof sealedJournalEntrySchema>;

/** What `journal:acknowledge` is told: the server has every entry of the device up to `throughClientSeq`. */
export const journalAcknowledgementSchema = z.object({
  deviceId: z.string().min(1).max(100),
  throughClientSeq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type JournalAcknowledgement = z.infer<typeof journalAcknowledgementSchema>;

/** What `print:toPdf` answers: where the PDF was saved, or null when the save dialog was cancelled. */
export const pdfSavedSchema = z.object({ savedTo: z.string().nullable() });
export type PdfSaved = z.infer<typeof pdfSavedSchema>;

/** A suggested PDF file name (main strips anything that could name another folder). */
export const pdfFileNameSchema = z.string().min(1).max(200);

/** An officer's data key as it crosses to main to be wrapped: exactly 32 bytes (AES-256). */
export const dataKeyBytesSchema = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array && v.byteLength === 32,
  {
    error: 'a data key is a Uint8Array of 32 bytes',
  },
);

/** A data key wrapped by the OS keystore (DPAPI blobs are the largest, a few hundred bytes). */
export const wrappedKeyBytesSchema = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array && v.byteLength > 0 && v.byteLength <= 4096,
  { error: 'a wrapped key is a Uint8Array of 1 to 4096 bytes' },
);

/** Why main asks the app to lock: the machine is going to sleep (lid closed) or the OS session locks. */
export const powerLockEventSchema = z.object({ reason: z.enum(['suspend', 'lock-screen']) });
export type PowerLockEvent = z.infer<typeof powerLockEventSchema>;

/** Schemas of the payloads main sends (contract.ts `IpcEvents`): parsed by the renderer on arrival. */
export const ipcEventSchemas = {
  'power:lock': powerLockEventSchema,
} as const satisfies { readonly [E in IpcEventChannel]: z.ZodType<IpcEvents[E]> };

type ValueOf<F> = F extends (...args: never[]) => Promise<Result<infer V>> ? V : never;

/** For each channel: the schema of the argument tuple and of the success value. */
export type IpcChannelSchemas = {
  readonly [K in IpcChannel]: {
    readonly args: z.ZodType<Parameters<IpcContract[K]>>;
    readonly value: z.ZodType<ValueOf<IpcContract[K]>>;
  };
};

/**
 * Schemas for every payload of the contract. Main parses each inbound argument list as `unknown` with
 * `args` (a tuple: extra arguments are refused too); the renderer may parse replies with `resultSchema`.
 */
export const ipcSchemas = {
  'app:getInfo': { args: z.tuple([]), value: appInfoSchema },
  'shell:openExternal': { args: z.tuple([externalUrlSchema]), value: z.undefined() },
  'journal:append': { args: z.tuple([sealedJournalEntrySchema]), value: z.undefined() },
  'journal:readAll': { args: z.tuple([]), value: z.array(sealedJournalEntrySchema) },
  'journal:acknowledge': { args: z.tuple([journalAcknowledgementSchema]), value: z.number().int() },
  'attachments:write': { args: z.tuple([sha256HexSchema, attachmentBytesSchema]), value: z.undefined() },
  'attachments:read': { args: z.tuple([sha256HexSchema]), value: attachmentBytesSchema.nullable() },
  'print:toPdf': { args: z.tuple([pdfFileNameSchema]), value: pdfSavedSchema },
  'keys:wrap': { args: z.tuple([dataKeyBytesSchema]), value: wrappedKeyBytesSchema },
  'keys:unwrap': { args: z.tuple([wrappedKeyBytesSchema]), value: dataKeyBytesSchema },
} as const satisfies IpcChannelSchemas;

/** Every channel of the contract, for registries and tests. */
export const IPC_CHANNELS = Object.keys(ipcSchemas) as IpcChannel[];

export const ipcErrorSchema = z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() });

/** Schema of the `Result` a channel resolves to, for parsing replies at the renderer's boundary. */
export function resultSchema<T>(value: z.ZodType<T>): z.ZodType<Result<T>> {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}
