import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Author, Card, Comment, Report } from '../../model/report.js';
import type { Template } from '../../model/template.js';
import { contentIn } from '../../report/localized.js';
import { isOpen } from '../../review/comments.js';
import { reviewOf, stateName } from '../../review/states.js';
import { cleanText } from '../layout/richtext.js';
import type { DocLayout, LayoutBlock, LayoutInline } from '../layout/types.js';

/**
 * The internal review copy of a report: the publication's layout, with after each card a box
 * holding its review state and every comment on it (open ones first, each with where it stands,
 * the words it is about, its thread and whether it was resolved), and on every page the mark
 * "Document de travail — ne pas publier" in the document's language. Comments never reach the
 * publication: only this copy prints them.
 */

/** A date and time as the document's language writes it, in UTC (a review copy is read anywhere). */
function when(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
}

/** "Claire Dubois (DINUM)", or "… (coordination)". */
function who(report: Report, author: Author, lang: Lang): string {
  const inst = author.institution === null ? undefined : report.institutions.find((i) => i.id === author.institution);
  const where = author.institution === null ? t(lang, 'export.review.coordination') : (inst && (inst.acronym?.[lang] || inst.acronym?.fr || contentIn(inst.name, lang) || contentIn(inst.name, 'fr'))) || author.institution;
  const name = cleanText(author.name.trim());
  return name ? `${name} (${where})` : where;
}

/** Where a comment stands: the field (and its language), or the whole card. */
function place(template: Template, comment: Comment, lang: Lang): string {
  const { field, lang: side } = comment.anchor;
  if (field === undefined) return t(lang, 'export.review.wholeCard');
  const label = template.card.fields.find((f) => f.id === field)?.label[lang] ?? field;
  return side ? `${label} (${t(lang, `lang.${side}`)})` : label;
}

const text = (s: string, bold = false, italic = false): LayoutInline => ({ kind: 'text', text: s, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });

/** A comment's words as paragraphs, its line breaks kept. */
function words(s: string): LayoutInline[] {
  const lines = cleanText(s).split(/\r?\n/);
  return lines.flatMap((line, i) => (i === 0 ? [text(line)] : [{ kind: 'break' as const }, text(line)]));
}

/** One comment and its thread, as paragraphs of the box. */
function commentBlocks(report: Report, template: Template, comment: Comment, lang: Lang): LayoutBlock[] {
  const status = isOpen(comment) ? t(lang, 'export.review.open') : t(lang, 'export.review.resolved', { name: who(report, comment.resolved!.by, lang), date: when(comment.resolved!.at, lang) });
  const blocks: LayoutBlock[] = [
    { kind: 'paragraph', style: 'small', inlines: [text(`${place(template, comment, lang)} — `, true), text(status, false, true)] },
  ];
  if (comment.anchor.range) blocks.push({ kind: 'paragraph', style: 'small', inlines: [text(t(lang, 'export.review.quote', { quote: cleanText(comment.anchor.range.quote) }), false, true)] });
  // French typography (the space before the colon) is added with the rest of the layout's.
  const colon = lang === 'fr' ? ' : ' : ': ';
  blocks.push({ kind: 'paragraph', style: 'body', inlines: [text(`${who(report, comment.author, lang)}, ${when(comment.at, lang)}${colon}`, true), ...words(comment.text)] });
  for (const reply of comment.replies) {
    blocks.push({ kind: 'paragraph', style: 'body', inlines: [text(`${t(lang, 'export.review.reply')} — ${who(report, reply.author, lang)}, ${when(reply.at, lang)}${colon}`, true), ...words(reply.text)] });
  }
  return blocks;
}

/**
 * The box printed after a card in the review copy: its review state (who set it and when) and
 * its comments, open ones first, each in the order written. Nothing for a card still to write
 * that no one commented on.
 */
export function cardReviewBlocks(report: Report, template: Template, card: Card, lang: Lang): LayoutBlock[] {
  const comments = (report.comments ?? []).filter((c) => c.anchor.card === card.id);
  const entry = reviewOf(report, card.id);
  if (comments.length === 0 && entry.state === 'toWrite') return [];
  const state = entry.by && entry.at ? t(lang, 'export.review.stateBy', { state: stateName(entry.state, lang), name: who(report, entry.by, lang), date: when(entry.at, lang) }) : t(lang, 'export.review.state', { state: stateName(entry.state, lang) });
  const ordered = [...comments.filter(isOpen), ...comments.filter((c) => !isOpen(c))];
  const blocks: LayoutBlock[] = [{ kind: 'paragraph', style: 'small', inlines: [text(state, true)] }];
  if (ordered.length === 0) blocks.push({ kind: 'paragraph', style: 'small', inlines: [text(t(lang, 'export.review.noComment'), false, true)] });
  for (const c of ordered) blocks.push(...commentBlocks(report, template, c, lang));
  return [{ kind: 'aside', title: t(lang, 'export.review.box', { n: ordered.filter(isOpen).length }), blocks }];
}

/** The layout marked as a working document on every page, with the mark in its title and subject. */
export function asReviewCopy(layout: DocLayout): DocLayout {
  const mark = t(layout.lang, 'export.review.mark');
  return {
    ...layout,
    meta: { ...layout.meta, subject: `${mark} – ${layout.meta.subject}`, keywords: [...layout.meta.keywords, mark] },
    furniture: { ...layout.furniture, draft: mark },
  };
}
