import { beforeAll, describe, expect, it } from 'vitest';
import { isDirty } from '../../renderer/src/store/slices/document.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { pointsOf, versionsAfterRedo, versionsAfterUndo } from '../../shared/history/versions.js';
import type { BilanApi } from '../../shared/ipc/api.js';
import type { Card, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { files } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { reviewStore } from '../support/review-store.js';

// A review state set by mistake and undone leaves no point in the card's versions (docs/VERSIONS.md,
// "Undo"): the undo takes back the point with the state, a redo puts it back as it was, and the
// points of saves stay whatever is undone.

let sample: OpenedReport;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
});

function retitled(report: Report, title: string): Report {
  const cards = report.cards.map((card): Card => {
    if (card.id !== 'c05' || card.fields['title']?.kind !== 'text') return card;
    return { ...card, fields: { ...card.fields, title: { ...withFrench(card.fields['title'], title), kind: 'text' } } };
  });
  return { ...report, cards };
}

/** Each of the card's points as [kind, state], oldest first. */
const kinds = (report: Report, card = 'c05') => pointsOf(report, card).map((p) => [p.kind, p.state ?? null]);

/** The window's store over the sample as opened, its api keeping what each save sent. */
function storeOf(report: Report) {
  const sent: Report[] = [];
  const api = {
    saveReport: async (_doc: string, r: unknown) => {
      sent.push(r as Report);
      return { ok: true, value: { path: '/tmp/r.bilan', fileName: 'r.bilan', savedAt: new Date().toISOString() } };
    },
  } as unknown as BilanApi;
  const store = reviewStore(api);
  store.setState({ report, savedReport: report, doc: { docId: 'd', path: '/tmp/r.bilan', fileName: 'r.bilan', needsSaveAs: false, template: undefined as never, media: {} } });
  return { store, sent };
}

describe('undoing a review state', () => {
  it('takes its point back: the report is the one before, unchanged; redo brings the same point back', () => {
    const { store } = storeOf(sample.report);
    expect(store.getState().setCardState('c05', 'approved')).toEqual({ ok: true });
    const approved = store.getState().report!;
    expect(kinds(approved)).toEqual([['review', 'approved']]);
    store.getState().undo();
    // As opened, the very report: no point, and nothing to save.
    expect(store.getState().report).toBe(sample.report);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().report).toBe(approved);
    expect(pointsOf(store.getState().report!, 'c05')).toEqual(pointsOf(approved, 'c05'));
  });

  it('takes its point back after a save too, keeping the save’s points; the next save writes none of it', async () => {
    const { store, sent } = storeOf(sample.report);
    store.getState().apply(retitled(sample.report, 'Titre revu'), null);
    await store.getState().save();
    expect(kinds(sent[0]!)).toEqual([
      ['start', null],
      ['save', null],
    ]);
    store.getState().setCardState('c05', 'received');
    store.getState().setCardState('c05', 'approved');
    await store.getState().save();
    expect(kinds(sent[1]!)).toEqual([
      ['start', null],
      ['save', null],
      ['review', 'received'],
      ['review', 'approved'],
    ]);
    // "Approved" was a mistake: undone, its point goes, "received" stays.
    store.getState().undo();
    expect(store.getState().report!.review?.['c05']?.state).toBe('received');
    expect(kinds(store.getState().report!)).toEqual([
      ['start', null],
      ['save', null],
      ['review', 'received'],
    ]);
    expect(isDirty(store.getState())).toBe(true);
    await store.getState().save();
    expect(kinds(sent[2]!)).toEqual([
      ['start', null],
      ['save', null],
      ['review', 'received'],
    ]);
    // The values no point refers to any more are not written.
    expect(sent[2]!.cardVersions!.values.length).toBeLessThanOrEqual(sent[1]!.cardVersions!.values.length);
    // Undone further, past the save: the title edit's points stay (they were written).
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().report!.review?.['c05']).toEqual(sample.report.review?.['c05']);
    expect(kinds(store.getState().report!)).toEqual([
      ['start', null],
      ['save', null],
    ]);
  });

  it('redone after a save, comes back in its place in time, after the card’s starting point', async () => {
    const { store, sent } = storeOf(sample.report);
    store.getState().apply(retitled(sample.report, 'Titre revu'), null);
    store.getState().setCardState('c05', 'needsChanges', 'Les chiffres de 2020 manquent.');
    const reviewedAt = pointsOf(store.getState().report!, 'c05')[0]!.at;
    store.getState().undo();
    expect(store.getState().report!.cardVersions).toBeUndefined();
    // Saved while the state is undone: the title edit gets its points.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.getState().save();
    expect(kinds(sent[0]!)).toEqual([
      ['start', null],
      ['save', null],
    ]);
    store.getState().redo();
    const redone = store.getState().report!;
    expect(redone.review?.['c05']?.state).toBe('needsChanges');
    expect(kinds(redone)).toEqual([
      ['start', null],
      ['review', 'needsChanges'],
      ['save', null],
    ]);
    const point = pointsOf(redone, 'c05')[1]!;
    expect(point.at).toBe(reviewedAt);
    expect(point.by?.name).toBe('Claire Dubois');
    // The point holds the card as it was when the state was set: the new title.
    expect(JSON.stringify(point.fields['title'])).toContain('Titre revu');
  });

  it('leaves a save’s points alone and keeps an import’s out once undone (the pure functions)', () => {
    const { store } = storeOf(sample.report);
    store.getState().setCardState('c05', 'approved');
    const after = store.getState().report!;
    // A save's point is never a step's: undoing past it keeps it.
    const saved: Report = { ...after, cardVersions: { ...after.cardVersions!, cards: { ...after.cardVersions!.cards, c05: [...after.cardVersions!.cards['c05']!, { ...after.cardVersions!.cards['c05']![0]!, kind: 'save', state: undefined, at: '2030-01-01T00:00:00.000Z' }] } } };
    const undone = versionsAfterUndo(sample.report, saved);
    expect(kinds(undone)).toEqual([['save', null]]);
    expect(undone.review?.['c05']).toEqual(sample.report.review?.['c05']);
    expect(kinds(versionsAfterRedo(after, undone))).toEqual([
      ['review', 'approved'],
      ['save', null],
    ]);
  });
});
