import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod, BilanApi, WindowApi } from '../../shared/ipc/api.js';
import { API_METHODS, CHANNELS, EVENTS } from '../../shared/ipc/channels.js';
import type { ReportSummary } from '../../shared/ipc/dto.js';
import type { Result } from '../../shared/ipc/result.js';

// Builds `window.api` from the channel map: one function per method of the contract, and
// nothing else (no generic invoke, no access to ipcRenderer).

const invokers = Object.fromEntries(
  API_METHODS.map((method: ApiMethod) => [method, (...args: unknown[]) => ipcRenderer.invoke(CHANNELS[method], ...args)]),
) as unknown as BilanApi;

const api: WindowApi = {
  ...invokers,
  onReportOpened(listener) {
    const relay = (_event: Electron.IpcRendererEvent, reply: Result<ReportSummary>) => listener(reply);
    ipcRenderer.on(EVENTS.reportOpened, relay);
    return () => void ipcRenderer.removeListener(EVENTS.reportOpened, relay);
  },
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
