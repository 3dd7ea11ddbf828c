import { describe, expect, it } from 'vitest';
import { reanchorCard } from '../../renderer/src/store/slices/review.js';
import type { BilanApi } from '../../shared/ipc/api.js';
import type { Report } from '../../shared/model/report.js';
import { files } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { reviewStore } from '../support/review-store.js';

// The review slice of the window's store, on the real sample: comments written, answered and
// resolved as undoable edits signed with the remembered name, a range that follows its words as
// the text is typed and falls back to its field when they are deleted, and "needs changes"
// refused without a reason, in both languages.

const WORDS = 'un sous-produit de l’action administrative';

/** A store of the slices the review needs, the report loaded, a name remembered. */
async function storeWith(report: Report) {
  const api = {} as BilanApi;
  const store = reviewStore(api);
  store.setState({ report, savedReport: report });
  return store;
}

const results = (r: Report) => r.cards.find((c) => c.id === 'c05')!.fields['results']!;

describe('the review slice of the store', () => {
  it('writes, answers and resolves a comment as undoable edits, signed by the coordinator', async () => {
    const store = await storeWith((await files.open(SAMPLE)).report);
    const s = store.getState();
    expect(s.writeComment({ card: 'c05', field: 'results' }, '   ')).toEqual({ ok: false, message: { fr: expect.stringContaining('vide'), en: expect.stringContaining('empty') } });
    expect(s.writeComment({ card: 'c05', field: 'results', lang: 'fr', range: { quote: WORDS, start: 0 } }, 'Pouvez-vous préciser ?')).toEqual({ ok: true });
    const comment = store.getState().report!.comments![0]!;
    expect(comment.author).toEqual({ name: 'Claire Dubois', institution: null });
    // Placed where the words stand, not where the caller guessed.
    expect(comment.anchor.range!.start).toBe(110);
    expect(store.getState().replyToComment(comment.id, 'Voici.')).toEqual({ ok: true });
    expect(store.getState().resolveComment(comment.id)).toEqual({ ok: true });
    expect(store.getState().report!.comments![0]!.resolved?.by.name).toBe('Claire Dubois');
    store.getState().undo();
    expect(store.getState().report!.comments![0]!.resolved).toBeNull();
    expect(store.getState().report!.version).toBeGreaterThanOrEqual(3);
  });

  it('keeps a range on its words as text is typed before them, and falls back to the field once they are gone', async () => {
    const store = await storeWith((await files.open(SAMPLE)).report);
    store.getState().writeComment({ card: 'c05', field: 'results', lang: 'fr', range: { quote: WORDS, start: 110 } }, 'Pouvez-vous préciser ?');
    const path = { kind: 'card' as const, cardId: 'c05', fieldId: 'results' };
    const rich = results(store.getState().report!);
    if (rich.kind !== 'richText') throw new Error('rich text expected');
    const content = rich.fr!.content;
    const [first, ...rest] = content;
    const para = first as { type: 'paragraph'; children: { type: 'text'; text: string }[] };
    const typed = [{ ...para, children: [{ type: 'text' as const, text: `En bref. ${para.children[0]!.text}` }] }, ...rest];
    store.getState().editText(path, 'fr', typed as typeof content, 'richText');
    expect(store.getState().report!.comments![0]!.anchor.range).toEqual({ quote: WORDS, start: 119 });
    const gone = [{ ...para, children: [{ type: 'text' as const, text: 'Un autre texte.' }] }, ...rest];
    store.getState().editText(path, 'fr', gone as typeof content, 'richText');
    expect(store.getState().report!.comments![0]!.anchor).toEqual({ card: 'c05', field: 'results', lang: 'fr' });
    // An edit elsewhere leaves the comments as they are (the same array).
    const before = store.getState().report!.comments;
    const title = store.getState().report!.cards.find((c) => c.id === 'c05')!.fields['title']!;
    store.getState().editText({ kind: 'card', cardId: 'c05', fieldId: 'title' }, 'fr', 'Un titre', 'text');
    expect(store.getState().report!.comments).toBe(before);
    expect(title).not.toEqual(store.getState().report!.cards.find((c) => c.id === 'c05')!.fields['title']);
  });

  it('refuses "needs changes" without a reason, then records it with its comment; the approval setting is an undoable edit', async () => {
    const store = await storeWith((await files.open(SAMPLE)).report);
    const refused = store.getState().setCardState('c05', 'needsChanges', ' ');
    expect(refused.ok).toBe(false);
    expect(store.getState().report!.review).toBeUndefined();
    expect(store.getState().setCardState('c05', 'needsChanges', 'Les chiffres de 2020 manquent.')).toEqual({ ok: true });
    const entry = store.getState().report!.review!['c05']!;
    expect(entry.state).toBe('needsChanges');
    expect(store.getState().report!.comments!.find((c) => c.id === entry.comment)!.text).toBe('Les chiffres de 2020 manquent.');
    store.getState().setRequireApproval(true);
    expect(store.getState().report!.settings).toEqual({ requireApproval: true });
    store.getState().setRequireApproval(false);
    expect(store.getState().report!.settings).toBeUndefined();
    expect(reanchorCard(store.getState().report!, 'c05')).toBe(store.getState().report);
  });
});
