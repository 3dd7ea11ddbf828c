import type { Page } from 'playwright-core';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { API_METHODS } from '../../../shared/ipc/channels.js';

/**
 * Gives the page the `window.api` the preload would give it, forwarding each call to the same
 * service the main process runs. Arguments and replies cross as JSON, as they cross IPC, and
 * unknown methods are refused, as the preload exposes nothing else.
 */
export async function exposeApi(page: Page, service: BilanApi): Promise<void> {
  await page.exposeFunction('__bilanInvoke', (method: string, args: unknown[]) => {
    if (!(API_METHODS as string[]).includes(method)) throw new Error(`no such method: ${method}`);
    return (service[method as keyof BilanApi] as (...a: unknown[]) => Promise<unknown>)(...args);
  });
  await page.addInitScript((methods: string[]) => {
    // Runs in the page; `globalThis` is its window.
    const w = globalThis as unknown as { __bilanInvoke: (m: string, a: unknown[]) => Promise<unknown> };
    const api: Record<string, unknown> = {};
    for (const method of methods) api[method] = (...args: unknown[]) => w.__bilanInvoke(method, args);
    api['onReportOpened'] = () => () => undefined;
    api['onMenuCommand'] = () => () => undefined;
    Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  }, API_METHODS);
}
