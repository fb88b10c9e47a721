import type { DesktopApi } from '../../shared/ipc/contract';
import { desktopDeviceSecurity } from './desktopDeviceSecurity';
import type { Platform } from './Platform';

/** Platform over the desktop shell's preload bridge (`window.fieldwrit`). */
export function desktopPlatform(bridge: unknown): Platform {
  // The preload exposes exactly DesktopApi (it is `satisfies DesktopApi` there).
  const api = bridge as DesktopApi;
  return {
    ...desktopDeviceSecurity(api),
    async info() {
      const r = await api.app.getInfo();
      return r.ok
        ? { kind: 'desktop', version: r.value.version, os: r.value.platform }
        : { kind: 'desktop', version: __APP_VERSION__, os: 'unknown' };
    },
    async openExternal(url) {
      return (await api.shell.openExternal(url)).ok;
    },
    async appendJournal(entries) {
      for (const entry of entries) {
        const r = await api.journal.append(entry);
        if (!r.ok) throw new Error(`journal: ${r.error.code} ${r.error.message}`);
      }
    },
    async readJournal() {
      const r = await api.journal.readAll();
      return r.ok ? r.value : [];
    },
    async acknowledgeJournal(deviceId, throughClientSeq) {
      const r = await api.journal.acknowledge({ deviceId, throughClientSeq });
      if (!r.ok) throw new Error(`journal: ${r.error.code} ${r.error.message}`);
    },
    async storeBlob(sha256, bytes) {
      const r = await api.attachments.write(sha256, bytes);
      if (!r.ok) throw new Error(`attachments: ${r.error.code} ${r.error.message}`);
    },
    async readBlob(sha256) {
      const r = await api.attachments.read(sha256);
      if (!r.ok) throw new Error(`attachments: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async printToPdf(fileName) {
      const r = await api.print.toPdf(fileName);
      if (!r.ok) throw new Error(`print: ${r.error.code} ${r.error.message}`);
      return r.value.savedTo;
    },
  };
}
