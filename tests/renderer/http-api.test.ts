import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/ipc/channels.js';
import { httpApi } from '../../renderer/src/host/http-api.js';

// The browser's window.api (renderer/src/host/http-api.ts): what a page of `bilan serve` gets
// back when the server answers, refuses, or has stopped. It never throws: the store shows each
// failure where that action's errors are shown.

const answering = (status: number, body: string): typeof fetch => async () => new Response(body, { status });

describe('window.api over HTTP', () => {
  it('has every method of the contract, and posts its arguments as a JSON array to /api/<method> of the page', async () => {
    const asked: { url: string; init: RequestInit | undefined }[] = [];
    const api = httpApi(async (url, init) => {
      asked.push({ url: String(url), init });
      return new Response(JSON.stringify({ reply: { ok: true, value: 'job-1' } }));
    });
    for (const method of API_METHODS) expect(typeof api[method], method).toBe('function');
    const reply = await api.startExport('doc-1', { title: {} }, { formats: ['pdf'], langs: ['fr'], folder: '/w/exports', allowMissing: false });
    expect(reply).toEqual({ ok: true, value: 'job-1' });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.url).toBe('/api/startExport');
    expect(asked[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(asked[0]!.init?.body))).toEqual(['doc-1', { title: {} }, { formats: ['pdf'], langs: ['fr'], folder: '/w/exports', allowMissing: false }]);
  });

  it('turns a stopped server into a failed reply that says to restart bilan serve, in both languages', async () => {
    const api = httpApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    const reply = await api.saveReport('doc-1', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.key).toBe('host.serverGone');
    expect(reply.error.message.fr).toContain('relancez « bilan serve »');
    expect(reply.error.message.en).toContain('restart `bilan serve`');
  });

  it('turns a refusal (a lost session, a server error) or a reply that is not one into a failed reply naming the call', async () => {
    for (const fetcher of [answering(403, '<h1>Accès refusé</h1>'), answering(500, 'boom'), answering(200, 'not json'), answering(200, '{"nothing":1}')]) {
      const reply = await httpApi(fetcher).listWorkspace('');
      expect(reply.ok).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.key).toBe('host.serverRefused');
      expect(reply.error.message.en).toContain('listWorkspace');
    }
  });

  it('hands the menu commands and reports opened by the page to the listeners, as the preload does for the main process', async () => {
    const { menuCommands, reportsOpened } = await import('../../renderer/src/host/events.js');
    const api = httpApi(answering(200, '{}'));
    const commands: string[] = [];
    const opened: unknown[] = [];
    const stop = api.onMenuCommand((c) => commands.push(c));
    api.onReportOpened((r) => opened.push(r));
    menuCommands.send('save');
    stop();
    menuCommands.send('undo');
    reportsOpened.send({ ok: false, error: { key: 'x', message: { fr: 'x', en: 'x' } } });
    expect(commands).toEqual(['save']);
    expect(opened).toHaveLength(1);
  });
});
