import type { SealedJournalEntry } from '../../shared/ipc/schemas';

/**
 * Where the browser build keeps attachment bytes (IndexedDB, through the data layer's blob repository).
 * Passed in at boot, so this folder never touches the database itself.
 */
export type BlobStore = {
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Uint8Array | null>;
};

/**
 * The operating system's keystore, which wraps officers' data keys (desktop shell: Electron safeStorage in
 * main). `wrap` answers null when the OS has none to use (Linux without a keyring): the caller falls back
 * to the password. `unwrap` answers null when the keystore refuses the bytes.
 */
export type OsKeyStore = {
  wrap(raw: Uint8Array): Promise<Uint8Array | null>;
  unwrap(wrapped: Uint8Array): Promise<Uint8Array | null>;
};

/** What the lock needs from where the app runs, before any officer's data is open. */
export type DeviceSecurity = {
  /** null in the browser: there the password alone wraps the key. */
  keyStore: OsKeyStore | null;
  /** Calls `listener` when the machine sleeps, the lid closes or the OS session locks; returns the unsubscribe. */
  onSystemLock(listener: () => void): () => void;
};

export type PlatformInfo = { kind: 'desktop' | 'browser'; version: string; os: string };

/**
 * What the app needs from where it runs. The desktop shell provides it through the preload bridge; the
 * browser build provides a plain-web version so the same app runs (and is tested) in Chromium.
 */
export type Platform = DeviceSecurity & {
  info(): Promise<PlatformInfo>;
  /** Opens an external link if the shell's allowlist permits it; returns whether it opened. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Appends committed outbox mutations, already sealed with the officer's data key, to a durable journal
   * outside IndexedDB (desktop only; the browser has nowhere safer than IndexedDB itself, so this is a
   * no-op there).
   */
  appendJournal(entries: SealedJournalEntry[]): Promise<void>;
  /** Every journalled entry, still sealed, oldest first (empty in the browser). */
  readJournal(): Promise<SealedJournalEntry[]>;
  /**
   * The court server acknowledged every mutation of `deviceId` through `throughClientSeq`: the journal
   * drops their lines (desktop; a no-op in the browser).
   */
  acknowledgeJournal(deviceId: string, throughClientSeq: number): Promise<void>;
  /**
   * Stores the bytes of a photo or file content-addressed by their SHA-256 (lower-case hex) and resolves
   * once they are durable: in the desktop shell as a file written and fsync'd by the main process, in the
   * browser in IndexedDB. Rejects (nothing stored) when the bytes do not match the hash or the disk is full.
   */
  storeBlob(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes stored under `sha256`, or null when this device does not have them. */
  readBlob(sha256: string): Promise<Uint8Array | null>;
  /**
   * Prints the page now shown to an A4 PDF and lets the person choose where to save it (desktop shell);
   * resolves to the saved path, or null when they cancelled. Null in the browser, whose print dialog
   * saves PDFs itself.
   */
  printToPdf: ((fileName: string) => Promise<string | null>) | null;
};
