import type { Mutation } from '../../shared/sync/mutation';

export type PlatformInfo = { kind: 'desktop' | 'browser'; version: string; os: string };

/**
 * What the app needs from where it runs. The desktop shell provides it through the preload bridge; the
 * browser build provides a plain-web version so the same app runs (and is tested) in Chromium.
 */
export type Platform = {
  info(): Promise<PlatformInfo>;
  /** Opens an external link if the shell's allowlist permits it; returns whether it opened. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Appends committed outbox mutations to a durable journal outside IndexedDB (desktop only; the browser
   * has nowhere safer than IndexedDB itself, so this is a no-op there).
   */
  appendJournal(mutations: Mutation[]): Promise<void>;
  /** Every journalled mutation, oldest first (empty in the browser). */
  readJournal(): Promise<Mutation[]>;
};
