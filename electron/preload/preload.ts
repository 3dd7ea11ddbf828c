import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod, BilanApi, WindowApi } from '../../shared/ipc/api.js';
import { API_METHODS, CHANNELS, EVENTS } from '../../shared/ipc/channels.js';

// Builds `window.api` from the channel map: one function per method of the contract, and
// nothing else (no generic invoke, no access to ipcRenderer).

const invokers = Object.fromEntries(
  API_METHODS.map((method: ApiMethod) => [method, (...args: unknown[]) => ipcRenderer.invoke(CHANNELS[method], ...args)]),
) as unknown as BilanApi;

/** Relays one event channel to a listener, without exposing the IPC event object. */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const relay = (_event: Electron.IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => void ipcRenderer.removeListener(channel, relay);
}

const api: WindowApi = {
  ...invokers,
  onReportOpened: (listener) => subscribe(EVENTS.reportOpened, listener),
  onMenuCommand: (listener) => subscribe(EVENTS.menuCommand, listener),
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
