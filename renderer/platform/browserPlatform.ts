import { browserDeviceSecurity } from './getDeviceSecurity';
import type { BlobStore, Platform } from './Platform';

/**
 * Plain-browser platform: used when no desktop bridge is present (development, end-to-end tests).
 * Attachment bytes go to `blobs`, the IndexedDB store the app boot hands in.
 */
export const browserPlatform = (blobs: BlobStore): Platform => ({
  ...browserDeviceSecurity,
  async info() {
    return { kind: 'browser', version: __APP_VERSION__, os: navigator.platform || 'web' };
  },
  async openExternal(url) {
    // Only https links leave the app, in a new tab without access back to this page.
    if (!/^https:\/\//i.test(url)) return false;
    return window.open(url, '_blank', 'noopener,noreferrer') !== null;
  },
  async appendJournal() {},
  async readJournal() {
    return [];
  },
  async acknowledgeJournal() {},
  storeBlob(sha256, bytes) {
    return blobs.put(sha256, bytes);
  },
  readBlob(sha256) {
    return blobs.get(sha256);
  },
  printToPdf: null,
});
