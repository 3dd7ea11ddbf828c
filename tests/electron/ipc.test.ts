import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../electron/main/ipc/register.js';
import { AppService } from '../../electron/main/services/app-service.js';
import type { BilanApi } from '../../shared/ipc/api.js';
import { CHANNELS } from '../../shared/ipc/channels.js';
import type { Result } from '../../shared/ipc/result.js';
import { SAMPLE } from '../support/paths.js';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** A stand-in for ipcMain that keeps the registered handlers. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    ipcMain: {
      handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
      removeHandler: (channel: string) => void handlers.delete(channel),
    },
  };
}

const trusted = { senderFrame: { url: 'file:///app/index.html' } } as unknown as IpcMainInvokeEvent;
const stranger = { senderFrame: { url: 'https://example.org/' } } as unknown as IpcMainInvokeEvent;

describe('the IPC handlers', () => {
  const service = new AppService({ locale: () => 'fr-FR' });
  const fake = fakeIpcMain();
  const unregister = registerIpc(fake.ipcMain as never, service as BilanApi, (event) => event.senderFrame?.url === 'file:///app/index.html');

  it('handle exactly the channels of the contract', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('answer the application page with the service’s replies', async () => {
    const reply = await fake.handlers.get(CHANNELS.openReport)!(trusted, SAMPLE);
    expect(reply.ok).toBe(true);
    const locale = await fake.handlers.get(CHANNELS.getLocale)!(trusted);
    expect(locale).toEqual({ ok: true, value: { locale: 'fr-FR', lang: 'fr' } });
  });

  it('refuse any other page, in both languages, without throwing', async () => {
    const reply = await fake.handlers.get(CHANNELS.openReport)!(stranger, SAMPLE);
    expect(reply).toMatchObject({ ok: false, error: { key: 'ipc.untrustedSender' } });
    if (!reply.ok) expect(reply.error.message.fr).toMatch(/refusée/);
  });

  it('can be removed', () => {
    unregister();
    expect(fake.handlers.size).toBe(0);
  });
});
