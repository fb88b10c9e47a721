import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_KEY } from '../../shared/ipc/contract';
import type { DesktopApi, IpcContract } from '../../shared/ipc/contract';

// One named function per contract key, each with its channel written out. There is deliberately no
// generic `invoke(channel, …)`: the page can reach exactly these calls and nothing else in main.
// Arguments are validated in main (createIpcRegistry), where a compromised page cannot skip the check.

const getInfo: IpcContract['app:getInfo'] = () => ipcRenderer.invoke('app:getInfo');
const openExternal: IpcContract['shell:openExternal'] = (url) =>
  ipcRenderer.invoke('shell:openExternal', url);
const append: IpcContract['journal:append'] = (entry) => ipcRenderer.invoke('journal:append', entry);
const readAll: IpcContract['journal:readAll'] = () => ipcRenderer.invoke('journal:readAll');
const acknowledge: IpcContract['journal:acknowledge'] = (acknowledgement) =>
  ipcRenderer.invoke('journal:acknowledge', acknowledgement);
const write: IpcContract['attachments:write'] = (sha256, bytes) =>
  ipcRenderer.invoke('attachments:write', sha256, bytes);
const read: IpcContract['attachments:read'] = (sha256) => ipcRenderer.invoke('attachments:read', sha256);
const toPdf: IpcContract['print:toPdf'] = (fileName) => ipcRenderer.invoke('print:toPdf', fileName);
const wrap: IpcContract['keys:wrap'] = (raw) => ipcRenderer.invoke('keys:wrap', raw);
const unwrap: IpcContract['keys:unwrap'] = (wrapped) => ipcRenderer.invoke('keys:unwrap', wrapped);

// Main's events: the page subscribes to each by name and hands back an unsubscribe; the Electron event
// object (with its sender) never reaches the page, only the payload, which the renderer parses.
const onPowerLock: DesktopApi['events']['onPowerLock'] = (listener) => {
  const forward = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on('power:lock', forward);
  return () => {
    ipcRenderer.removeListener('power:lock', forward);
  };
};

const api = {
  app: { getInfo },
  shell: { openExternal },
  journal: { append, readAll, acknowledge },
  attachments: { write, read },
  print: { toPdf },
  keys: { wrap, unwrap },
  events: { onPowerLock },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
