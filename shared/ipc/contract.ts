import type { Result } from './result';
import type {
  AppInfo,
  JournalAcknowledgement,
  PdfSaved,
  PowerLockEvent,
  SealedJournalEntry,
} from './schemas';

/**
 * The one contract between the renderer and the desktop shell: `'domain:verb'` → the function the renderer
 * calls. Main registers exactly one handler per key (electron/main/ipcHandlers.ts), the preload exposes one
 * named function per key (electron/preload/index.ts), and every inbound payload is parsed with the schema of
 * the same key in ./schemas.ts. Adding a capability means adding a key here; nothing else can cross.
 *
 * Every function resolves to a `Result`: failures cross as values, never as rejected promises.
 */
export type IpcContract = {
  /** Name, version and runtime of the shell, and the court server it was configured with. */
  'app:getInfo': () => Promise<Result<AppInfo>>;
  /**
   * Opens a link in the system browser. Only https links to the hosts on the shell's allowlist are opened
   * (electron/main/isAllowedExternalUrl.ts); anything else resolves to `not-allowed`.
   */
  'shell:openExternal': (url: string) => Promise<Result<void>>;
  /**
   * Appends one outbox mutation, sealed by the renderer with the officer's data key, to the fsync'd journal
   * in the user data folder and resolves only after the bytes are on disk (sync-protocol.md, "Client
   * durability"). Main never sees the mutation. `io-failed` (e.g. disk full) must reach the officer: the
   * entry is NOT in the journal.
   */
  'journal:append': (entry: SealedJournalEntry) => Promise<Result<void>>;
  /**
   * Every sealed entry in the journal, oldest first, to rebuild a wiped or damaged IndexedDB: the renderer
   * opens those its officer's key opens (the others belong to other officers' vaults). A line torn by a
   * crash mid-write is skipped (it was never acknowledged to the renderer); the server de-duplicates by
   * device and `clientSeq`, so replaying entries it already has is harmless.
   */
  'journal:readAll': () => Promise<Result<SealedJournalEntry[]>>;
  /**
   * The court server has every mutation of `deviceId` through `throughClientSeq`: their journal lines are
   * dropped (the file is rewritten and renamed over the old one). Resolves with how many were dropped.
   */
  'journal:acknowledge': (acknowledgement: JournalAcknowledgement) => Promise<Result<number>>;
  /**
   * Stores the bytes of a photo or file content-addressed under `<userData>/attachments/<sha256[0..2]>/<sha256>`:
   * main re-hashes the bytes, writes a temporary file, fsyncs it, renames it into place and fsyncs the
   * folder, and resolves only then (the record may be shown as saved after this). Bytes that do not hash
   * to `sha256` are refused as `invalid-payload`; a file already stored under the hash is kept (write once).
   */
  'attachments:write': (sha256: string, bytes: Uint8Array) => Promise<Result<void>>;
  /** The stored bytes for `sha256`, or null when the device does not have them; damaged files are `io-failed`. */
  'attachments:read': (sha256: string) => Promise<Result<Uint8Array | null>>;
  /**
   * Prints the page now shown (the on-site record's print view) to an A4 PDF with the print style sheet,
   * asks where to save it (suggesting `fileName`) and writes it there. `savedTo` is null when the officer
   * cancelled the save dialog.
   */
  'print:toPdf': (fileName: string) => Promise<Result<PdfSaved>>;
  /**
   * Wraps an officer's 32-byte data key with the operating system's keystore (Electron `safeStorage`:
   * DPAPI, the Keychain, libsecret or KWallet), so only this OS account on this machine can unwrap it.
   * `unavailable` when there is no keystore to use — on Linux without a keyring safeStorage would fall back
   * to a fixed, public password — and the renderer then wraps the key with the officer's password instead.
   */
  'keys:wrap': (raw: Uint8Array) => Promise<Result<Uint8Array>>;
  /** The data key from what `keys:wrap` made; `unavailable` without a keystore, `not-allowed` if it refuses. */
  'keys:unwrap': (wrapped: Uint8Array) => Promise<Result<Uint8Array>>;
};

/**
 * Events main sends to the renderer (main → renderer, never the other way), each with a payload parsed by
 * the renderer with the schema of the same key in ./schemas.ts.
 */
export type IpcEvents = {
  /** The machine is going to sleep (lid closed) or the OS session is being locked: lock the app now. */
  'power:lock': PowerLockEvent;
};
export type IpcEventChannel = keyof IpcEvents;

export type IpcChannel = keyof IpcContract;

type DomainOf<K> = K extends `${infer D}:${string}` ? D : never;

/**
 * The object the preload exposes on `window.fieldwrit`: the contract grouped by domain, so
 * `'journal:append'` is called as `window.fieldwrit.journal.append(entry)`.
 */
export type DesktopApi = {
  readonly [D in DomainOf<IpcChannel>]: {
    readonly [K in IpcChannel as K extends `${D}:${infer Verb}` ? Verb : never]: IpcContract[K];
  };
} & {
  /** Subscriptions to main's events; each returns its unsubscribe. Payloads arrive unparsed (`unknown`). */
  readonly events: {
    readonly onPowerLock: (listener: (payload: unknown) => void) => () => void;
  };
};

/** The name under which the preload exposes the `DesktopApi`: `window.fieldwrit`. */
export const DESKTOP_API_KEY = 'fieldwrit';
