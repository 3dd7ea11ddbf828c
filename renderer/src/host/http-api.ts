import type { ApiMethod, BilanApi, WindowApi } from '../../../shared/ipc/api.js';
import { API_METHODS } from '../../../shared/ipc/channels.js';
import type { Result } from '../../../shared/ipc/result.js';
import { translate } from '../i18n/translate.js';
import { menuCommands, reportsOpened } from './events.js';

/** The error a call gets when the server cannot be reached, or answers something else than a reply. */
function unreachable(method: string, status: number | null): Result<never> {
  const key = status === null ? 'host.serverGone' : 'host.serverRefused';
  const message = (lang: 'fr' | 'en') => translate(lang, key, { status: status ?? '', method });
  return { ok: false, error: { key, message: { fr: message('fr'), en: message('en') } } };
}

/**
 * `window.api` for a page served by `bilan serve`: each method of the contract is a POST of its
 * arguments (a JSON array) to `/api/<method>` on the page's own origin, whose `{ reply }` is the
 * method's `Result`. The session cookie and the page's `Origin` go with it, as the browser sends
 * them for a same-origin fetch. A server that stopped or refused the call gives a failed
 * `Result`, shown where the action's errors are shown, never an exception.
 */
export function httpApi(post: typeof fetch = (input, init) => fetch(input, init)): WindowApi {
  const call =
    (method: ApiMethod) =>
    async (...args: unknown[]): Promise<Result<unknown>> => {
      let response: Response;
      try {
        response = await post(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args), credentials: 'same-origin' });
      } catch {
        return unreachable(method, null);
      }
      if (!response.ok) return unreachable(method, response.status);
      try {
        const { reply } = (await response.json()) as { reply?: Result<unknown> };
        return reply && typeof reply === 'object' && 'ok' in reply ? reply : unreachable(method, response.status);
      } catch {
        return unreachable(method, response.status);
      }
    };
  const invokers = Object.fromEntries(API_METHODS.map((method) => [method, call(method)])) as unknown as BilanApi;
  return {
    ...invokers,
    onReportOpened: (listener) => reportsOpened.subscribe(listener),
    onMenuCommand: (listener) => menuCommands.subscribe(listener),
  };
}
