import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { API_METHODS, CHANNELS } from '../../../shared/ipc/channels.js';
import { fail, type Result } from '../../../shared/ipc/result.js';
import { mainMessage } from '../i18n/messages.js';

type Handler = (...args: unknown[]) => Promise<Result<unknown>>;

/**
 * Registers one `ipcMain.handle` per channel of the contract, each forwarding to the service.
 * Requests from any page but the application's own are refused. The service validates the
 * arguments itself, which is why they are passed on as `unknown`.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, service: BilanApi, isTrusted: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const method of API_METHODS) {
    const handler = (service[method] as Handler).bind(service);
    ipcMain.handle(CHANNELS[method], (event, ...args: unknown[]) => {
      if (!isTrusted(event)) return Promise.resolve(fail({ key: 'ipc.untrustedSender', message: mainMessage('ipc.untrustedSender') }));
      return handler(...args);
    });
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(CHANNELS[method]));
}
