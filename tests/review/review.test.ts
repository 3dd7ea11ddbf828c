import { beforeAll, describe, expect, it } from 'vitest';
import { BilanError } from '../../shared/i18n/errors.js';
import type { Author, FieldValue, Report } from '../../shared/model/report.js';
import { Report as ReportSchema } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { addComment, isOpen, openComments, reanchorAll, reopenComment, replyTo, resolveComment } from '../../shared/review/comments.js';
import { reviewCounts, reviewOf, setReviewState } from '../../shared/review/states.js';
import { describeValidationIssue } from '../../shared/validate/describe.js';
import { validateReport } from '../../shared/validate/validate.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

const coordinator: Author = { name: 'Claire Dubois', institution: null };
const ministry: Author = { name: 'Karim Benali', institution: 'ditp' };
let sample: Report;
beforeAll(async () => {
  sample = (await files.open(SAMPLE)).report;
});

/** The BilanError a call throws, or a failure when it throws none. */
function refusal(run: () => unknown): BilanError {
  try {
    run();
  } catch (e) {
    if (e instanceof BilanError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('review states', () => {
  it('a card starts “to write”; each move records who and when, and the counts follow', () => {
    expect(reviewOf(sample, 'c01').state).toBe('toWrite');
    const received = setReviewState(sample, 'c01', 'received', coordinator, '2021-03-01T09:00:00.000Z');
    const approved = setReviewState(received, 'c01', 'approved', coordinator, '2021-03-02T09:00:00.000Z');
    expect(reviewOf(approved, 'c01')).toEqual({ state: 'approved', by: coordinator, at: '2021-03-02T09:00:00.000Z' });
    expect(reviewCounts(approved)).toMatchObject({ approved: 1, toWrite: sample.cards.length - 1 });
    // Raised to version 3, the first with review states, unless the report is newer already.
    // (and to 5: each move is a point of the card's history, which version 5 brought).
    expect(approved.version).toBe(5);
    expect(ReportSchema.safeParse(approved).success).toBe(true);
    // The original is untouched: an undo step is the previous report.
    expect(sample.review).toBeUndefined();
  });

  it('“needs changes” without a comment saying why is refused, in French and in English', () => {
    const e = refusal(() => setReviewState(sample, 'c01', 'needsChanges', coordinator, '2021-03-01T09:00:00.000Z'));
    expect(e.key).toBe('review.reasonRequired');
    expect(e.describe('fr')).toBe('Pour renvoyer la fiche n°\u00a01 en modification, écrivez en commentaire ce qu’il faut changer.');
    expect(e.describe('en')).toBe('To send card 1 back for changes, write in a comment what needs to change.');
    expect(refusal(() => setReviewState(sample, 'c01', 'needsChanges', coordinator, '2021-03-01T09:00:00.000Z', { id: 'why', text: '  ' })).key).toBe('review.reasonRequired');
  });

  it('“needs changes” with its reason adds the comment on the card, open, and names it', () => {
    const sent = setReviewState(sample, 'c01', 'needsChanges', coordinator, '2021-03-01T09:00:00.000Z', { id: 'why', text: 'L’anglais manque.' });
    expect(reviewOf(sent, 'c01')).toMatchObject({ state: 'needsChanges', comment: 'why' });
    expect(openComments(sent, 'c01').map((c) => [c.text, c.author.name])).toEqual([['L’anglais manque.', 'Claire Dubois']]);
  });

  it('refuses to go back to “to write”, to stay in the same state, and an unknown card', () => {
    const approved = setReviewState(sample, 'c01', 'approved', coordinator, '2021-03-02T09:00:00.000Z');
    const back = refusal(() => setReviewState(approved, 'c01', 'toWrite', coordinator, '2021-03-03T09:00:00.000Z'));
    expect(back.key).toBe('review.invalidTransition');
    expect(back.describe('fr')).toBe('La fiche n°\u00a01 ne peut pas passer de «\u00a0validée\u00a0» à «\u00a0à rédiger\u00a0».');
    expect(refusal(() => setReviewState(approved, 'c01', 'approved', coordinator, '2021-03-03T09:00:00.000Z')).key).toBe('review.invalidTransition');
    expect(refusal(() => setReviewState(sample, 'nope', 'received', coordinator, '2021-03-03T09:00:00.000Z')).key).toBe('review.unknownCard');
    // Reopened after approval, a card is received again.
    expect(reviewOf(setReviewState(approved, 'c01', 'received', coordinator, '2021-03-03T09:00:00.000Z'), 'c01').state).toBe('received');
  });
});

describe('comments', () => {
  it('a thread: a question, a reply, resolved, reopened later', () => {
    let r = addComment(sample, { card: 'c01', field: 'results', lang: 'fr' }, { id: 'q', author: coordinator, at: '2021-03-01T09:00:00.000Z', text: 'Les chiffres de 2020\u202f?' });
    r = replyTo(r, 'q', { id: 'a', author: ministry, at: '2021-03-02T09:00:00.000Z', text: 'Ajoutés.' });
    r = resolveComment(r, 'q', coordinator, '2021-03-03T09:00:00.000Z');
    expect(openComments(r)).toEqual([]);
    expect(refusal(() => resolveComment(r, 'q', coordinator, '2021-03-04T09:00:00.000Z')).key).toBe('review.alreadyResolved');
    r = reopenComment(r, 'q', ministry, '2021-03-04T09:00:00.000Z');
    const [q] = openComments(r);
    expect(q!.replies.map((x) => x.text)).toEqual(['Ajoutés.']);
    expect(q!.resolved?.by).toEqual(coordinator);
    expect(isOpen(q!)).toBe(true);
    expect(ReportSchema.safeParse(r).success).toBe(true);
  });

  it('refuses an empty comment, a field the card does not have, and an id already used', () => {
    const anchor = { card: 'c01', field: 'results' };
    const note = { id: 'q', author: coordinator, at: '2021-03-01T09:00:00.000Z', text: 'Texte.' };
    expect(refusal(() => addComment(sample, anchor, { ...note, text: ' ' })).key).toBe('review.emptyText');
    expect(refusal(() => addComment(sample, { card: 'c01', field: 'nope' }, note)).key).toBe('review.unknownField');
    expect(refusal(() => addComment(addComment(sample, anchor, note), anchor, note)).key).toBe('review.duplicateId');
  });

  it('a comment on words keeps its place as text is added before them, and falls back to its field once they are deleted', () => {
    const anchor = { card: 'c01', field: 'results', lang: 'fr' as const, range: { quote: 'les mêmes indicateurs de qualité', start: 0 } };
    const r = addComment(sample, anchor, { id: 'q', author: coordinator, at: '2021-03-01T09:00:00.000Z', text: 'Lesquels\u202f?' });
    const start = r.comments![0]!.anchor.range!.start;
    expect(start).toBeGreaterThan(0);
    const edit = (r0: Report, text: (old: string) => string): Report => {
      const next = structuredClone(r0);
      const card = next.cards.find((c) => c.id === 'c01')!;
      const field = card.fields['results'] as Extract<FieldValue, { kind: 'richText' }>;
      const old = field.fr!.content.map((b) => (b.type === 'paragraph' ? b.children.map((i) => (i.type === 'text' ? i.text : '')).join('') : '')).join('\n');
      card.fields['results'] = { ...withFrench(field, [{ type: 'paragraph', children: [{ type: 'text', text: text(old) }] }]), kind: 'richText' };
      return reanchorAll(next);
    };
    const moved = edit(r, (old) => `Préambule ajouté. ${old.split('\n')[0]}`);
    expect(moved.comments![0]!.anchor.range).toEqual({ quote: 'les mêmes indicateurs de qualité', start: start + 'Préambule ajouté. '.length });
    const gone = edit(r, () => 'Tout a été réécrit.');
    expect(gone.comments![0]!.anchor).toEqual({ card: 'c01', field: 'results', lang: 'fr' });
    expect(gone.comments![0]!.text).toBe('Lesquels\u202f?');
  });
});

describe('the setting that waits for every card to be approved', () => {
  const template = () => templates.get(sample.template.id, sample.template.version);
  const notApproved = (r: Report) => validateReport(r, template()).filter((i) => i.code === 'not-approved');

  it('is off by default: validation says nothing of review states', () => {
    expect(notApproved(sample)).toEqual([]);
  });

  it('on, validation gives an error per card not approved, in words', () => {
    let r: Report = { ...sample, settings: { requireApproval: true } };
    expect(notApproved(r)).toHaveLength(sample.cards.length);
    r = setReviewState(r, 'c01', 'approved', coordinator, '2021-03-02T09:00:00.000Z');
    const issues = notApproved(r);
    expect(issues).toHaveLength(sample.cards.length - 1);
    expect(issues.every((i) => i.severity === 'error' && i.target.kind === 'card' && i.target.id !== 'c01')).toBe(true);
    expect(describeValidationIssue(issues[0]!, r, template(), 'en')).toContain('not approved yet');
  });
});
