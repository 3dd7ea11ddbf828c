import { describe, expect, it } from 'vitest';
import { isDirty } from '../../renderer/src/store/slices/document.js';
import { pointsOf } from '../../shared/history/versions.js';
import type { BilanApi } from '../../shared/ipc/api.js';
import type { Card, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { files } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { reviewStore } from '../support/review-store.js';

// The window's save records the versions of the cards it changed; undo and redo keep them, and
// an edit made while the file was being written stays unsaved, with the points of the save.

function retitled(report: Report, title: string): Report {
  const cards = report.cards.map((card): Card => {
    if (card.id !== 'c05' || card.fields['title']?.kind !== 'text') return card;
    return { ...card, fields: { ...card.fields, title: { ...withFrench(card.fields['title'], title), kind: 'text' } } };
  });
  return { ...report, cards };
}
const titleOf = (r: Report) => JSON.stringify(r.cards.find((c) => c.id === 'c05')!.fields['title']);

/** A store of the document, edit and review slices, whose api keeps what each save sent; `hold` delays the save's answer. */
function storeWith(report: Report) {
  const sent: Report[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  const api = {
    saveReport: async (_doc: string, r: unknown) => {
      sent.push(r as Report);
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, value: { path: '/tmp/r.bilan', fileName: 'r.bilan', savedAt: new Date().toISOString() } };
    },
  } as unknown as BilanApi;
  const store = reviewStore(api);
  store.setState({ report, savedReport: report, doc: { docId: 'd', path: '/tmp/r.bilan', fileName: 'r.bilan', needsSaveAs: false, template: undefined as never, media: {} } });
  return { store, sent, holdNext: () => (hold = true), release: () => release?.() };
}

describe('saving from the window', () => {
  it('records the changed card, signed; undo keeps the points, and a later save adds one', async () => {
    const sample = (await files.open(SAMPLE)).report;
    const { store, sent } = storeWith(sample);
    store.getState().apply(retitled(sample, 'Premier titre'), null);
    await store.getState().save();
    const first = sent[0]!;
    expect(pointsOf(first, 'c05').map((p) => [p.kind, p.by?.name ?? null])).toEqual([
      ['start', null],
      ['save', 'Claire Dubois'],
    ]);
    // What was written is the window's report, saved.
    expect(store.getState().report).toBe(first);
    expect(isDirty(store.getState())).toBe(false);

    store.getState().apply(retitled(store.getState().report!, 'Deuxième titre'), null);
    store.getState().undo();
    expect(store.getState().report).toBe(first);
    store.getState().undo();
    // Back to the title as opened, the history still there.
    expect(titleOf(store.getState().report!)).toBe(titleOf(sample));
    expect(store.getState().report!.cardVersions).toEqual(first.cardVersions);
    expect(isDirty(store.getState())).toBe(true);
    store.getState().redo();
    expect(store.getState().report!.cardVersions).toEqual(first.cardVersions);
    store.getState().undo();
    await store.getState().save();
    expect(pointsOf(sent[1]!, 'c05').map((p) => p.kind)).toEqual(['start', 'save', 'save']);
    expect(pointsOf(sent[1]!, 'c05')[2]!.fields['title']).toEqual(sample.cards.find((c) => c.id === 'c05')!.fields['title']);
    // Saved again with nothing changed: no point, the same report sent.
    await store.getState().save();
    expect(pointsOf(sent[2]!, 'c05')).toHaveLength(3);
  });

  it('an edit made while the file is written stays unsaved, with the points the save recorded', async () => {
    const sample = (await files.open(SAMPLE)).report;
    const { store, sent, holdNext, release } = storeWith(sample);
    store.getState().apply(retitled(sample, 'Premier titre'), null);
    holdNext();
    const saving = store.getState().save();
    await new Promise((resolve) => setTimeout(resolve, 10));
    store.getState().apply(retitled(store.getState().report!, 'Tapé pendant l’enregistrement'), null);
    release();
    await saving;
    const now = store.getState().report!;
    expect(titleOf(now)).toContain('Tapé pendant l’enregistrement');
    expect(now.cardVersions).toEqual(sent[0]!.cardVersions);
    expect(isDirty(store.getState())).toBe(true);
  });
});
