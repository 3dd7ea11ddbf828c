import type { Page } from 'playwright-core';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { API_METHODS, MENU_COMMANDS } from '../../../shared/ipc/channels.js';
import type { MenuCommand } from '../../../shared/ipc/dto.js';

/** Calls a method of the service with arguments as JSON text; the reply as JSON text, `{ reply }`. */
async function invoke(service: BilanApi, method: string, argsJson: string): Promise<string> {
  if (!(API_METHODS as string[]).includes(method)) throw new Error(`no such method: ${method}`);
  const args = JSON.parse(argsJson) as unknown[];
  const reply = await (service[method as keyof BilanApi] as (...a: unknown[]) => Promise<unknown>)(...args);
  return JSON.stringify({ reply });
}

/**
 * Gives the page the `window.api` the preload would give it, forwarding each call to the same
 * service the main process runs. Arguments and replies cross as JSON text, copies as IPC makes
 * them (every type of the contract is plain data), and unknown methods are refused, as the
 * preload exposes nothing else. Text, because Playwright's own encoding of objects walks them
 * in script on both sides: a report's reply took four times the service's own time.
 * The calls go through the DevTools protocol (see {@link HttpApi} for HTTP).
 */
export async function exposeApi(page: Page, service: BilanApi): Promise<void> {
  await page.exposeFunction('__bilanInvoke', (method: string, argsJson: string) => invoke(service, method, argsJson));
  await installApi(page);
}

/**
 * The page's `window.api`, installed before its scripts run: each call goes to `__bilanInvoke`
 * (a binding through the DevTools protocol), or is posted to `endpoint` when it is given.
 */
async function installApi(page: Page, endpoint?: string): Promise<void> {
  await page.addInitScript(
    ({ methods, endpoint }: { methods: string[]; endpoint: string | undefined }) => {
      // Runs in the page; `globalThis` is its window.
      const w = globalThis as unknown as {
        __bilanInvoke: (m: string, a: string) => Promise<string>;
        fetch(url: string, init: { method: string; body: string }): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
      };
      const api: Record<string, unknown> = {};
      for (const method of methods) {
        api[method] = async (...args: unknown[]) => {
          const body = JSON.stringify(args);
          let text: string;
          if (endpoint) {
            const response = await w.fetch(endpoint + method, { method: 'POST', body });
            if (!response.ok) throw new Error(`${method}: HTTP ${response.status}`);
            text = await response.text();
          } else text = await w.__bilanInvoke(method, body);
          return (JSON.parse(text) as { reply: unknown }).reply;
        };
      }
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
    },
    { methods: API_METHODS, endpoint },
  );
}

/**
 * Services reached by pages over HTTP, on the origin that serves them (the page's CSP allows
 * `connect-src 'self'`): a call is a POST to `/__api/<id>/<method>` of the site, answered by
 * the service registered under that id. A round trip on 127.0.0.1 costs about a millisecond,
 * nearer Electron's IPC than the DevTools protocol, whose binding crosses the browser process
 * and Playwright's driver both ways and took 30–200 ms a call while the page was loading. The
 * editor bench uses it; give {@link handle} to `serveFolder`.
 */
export class HttpApi {
  private readonly services = new Map<string, BilanApi>();
  private next = 0;

  /** Answers a POST of the site: the reply's JSON text, or undefined when it is not a call. */
  readonly handle = async (path: string, body: string): Promise<string | undefined> => {
    const [, id, method] = /^\/__api\/(\w+)\/(\w+)$/.exec(path) ?? [];
    const service = id === undefined ? undefined : this.services.get(id);
    return service && method ? invoke(service, method, body) : undefined;
  };

  /** Gives the page a `window.api` served by `service` over HTTP (see {@link exposeApi}). */
  async expose(page: Page, service: BilanApi): Promise<void> {
    const id = String(++this.next);
    this.services.set(id, service);
    page.once('close', () => this.services.delete(id));
    await installApi(page, `/__api/${id}/`);
  }
}

/** Sends the page a command of the native menu, as the main process does when it is chosen. */
export async function menuCommand(page: Page, command: MenuCommand): Promise<void> {
  if (!MENU_COMMANDS.includes(command)) throw new Error(`no such menu command: ${String(command)}`);
  await page.evaluate((c) => (globalThis as unknown as { __bilanSend(channel: string, payload: unknown): void }).__bilanSend('menu', c), command);
}
