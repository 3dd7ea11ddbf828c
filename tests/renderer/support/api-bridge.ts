import type { Page } from 'playwright-core';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { API_METHODS, MENU_COMMANDS } from '../../../shared/ipc/channels.js';
import type { MenuCommand } from '../../../shared/ipc/dto.js';

/**
 * Gives the page the `window.api` the preload would give it, forwarding each call to the same
 * service the main process runs. Arguments and replies cross as JSON text, copies as IPC makes
 * them (every type of the contract is plain data), and unknown methods are refused, as the
 * preload exposes nothing else. Text, because Playwright's own encoding of objects walks them
 * in script on both sides: a report's reply took four times the service's own time.
 */
export async function exposeApi(page: Page, service: BilanApi): Promise<void> {
  await page.exposeFunction('__bilanInvoke', async (method: string, argsJson: string) => {
    if (!(API_METHODS as string[]).includes(method)) throw new Error(`no such method: ${method}`);
    const args = JSON.parse(argsJson) as unknown[];
    const reply = await (service[method as keyof BilanApi] as (...a: unknown[]) => Promise<unknown>)(...args);
    return JSON.stringify({ reply });
  });
  await page.addInitScript((methods: string[]) => {
    // Runs in the page; `globalThis` is its window.
    const w = globalThis as unknown as { __bilanInvoke: (m: string, a: string) => Promise<string> };
    const api: Record<string, unknown> = {};
    for (const method of methods) api[method] = async (...args: unknown[]) => (JSON.parse(await w.__bilanInvoke(method, JSON.stringify(args))) as { reply: unknown }).reply;
    // What the main process sends unasked (a menu command, a file opened from the system) goes
    // to the listeners the page registered, as the preload delivers it.
    // (No function is named here: tsx would wrap it in a helper the page does not have.)
    const listeners: Record<string, ((payload: unknown) => void)[]> = { menu: [], opened: [] };
    for (const [method, channel] of [
      ['onReportOpened', 'opened'],
      ['onMenuCommand', 'menu'],
    ] as const) {
      api[method] = (listener: (payload: unknown) => void) => {
        listeners[channel]!.push(listener);
        return () => void listeners[channel]!.splice(listeners[channel]!.indexOf(listener) >>> 0, 1);
      };
    }
    (globalThis as unknown as { __bilanSend(channel: string, payload: unknown): void }).__bilanSend = (channel, payload) => listeners[channel]!.forEach((l) => l(payload));
    Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  }, API_METHODS);
}

/** Sends the page a command of the native menu, as the main process does when it is chosen. */
export async function menuCommand(page: Page, command: MenuCommand): Promise<void> {
  if (!MENU_COMMANDS.includes(command)) throw new Error(`no such menu command: ${String(command)}`);
  await page.evaluate((c) => (globalThis as unknown as { __bilanSend(channel: string, payload: unknown): void }).__bilanSend('menu', c), command);
}
