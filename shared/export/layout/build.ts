import { fill, t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Card, Chapter, Report } from '../../model/report.js';
import type { Template } from '../../model/template.js';
import { contentIn, isBlankIn } from '../../report/localized.js';
import { headline, progressSummary, unratedSentence } from '../../report/summary.js';
import { progressChart } from '../chart/progress.js';
import { cardHeading } from '../../validate/describe.js';
import { sortedCards } from '../../validate/validate.js';
import { LayoutContext } from './context.js';
import { fieldBlocks } from './fields.js';
import { withFrenchTypography } from './french.js';
import { cleanText, layoutRichText } from './richtext.js';
import { shortenAtWord } from '../shorten.js';
import type { DocLayout, LayoutBlock, LayoutCell, LayoutHeading } from './types.js';

/** The longest running header, in characters; a renderer may shorten it more to fit its line. */
const RUNNING_TITLE = 90;

/** Options of a layout. */
export interface LayoutOptions {
  /** Print a visible placeholder where a value is missing in the language (else the caller refuses). */
  allowMissing?: boolean;
  /** Only these cards (a contributor's preview); the whole report when absent. */
  cardIds?: readonly string[];
  /** Blocks printed after each card (the internal review copy's comments); none when absent. */
  afterCard?: (card: Card) => LayoutBlock[];
}

function textIn(ctx: LayoutContext, value: Parameters<typeof contentIn<string>>[0]): string {
  if (!isBlankIn(value, ctx.lang)) return cleanText(contentIn(value, ctx.lang)!.trim());
  return ctx.allowMissing ? t(ctx.lang, 'export.placeholder', { what: '…' }) : '';
}

function heading(ctx: LayoutContext, level: 1 | 2, text: string, anchor: string): LayoutHeading {
  return { kind: 'heading', level, text, anchor, toc: true, pageBreakBefore: true };
}

function chapterBlocks(ctx: LayoutContext, chapter: Chapter): LayoutBlock[] {
  const anchor = ctx.anchor('ch', chapter.id);
  const title = textIn(ctx, chapter.title);
  const body = isBlankIn(chapter.body, ctx.lang)
    ? ctx.allowMissing
      ? [ctx.placeholder(title)]
      : []
    : layoutRichText(contentIn(chapter.body, ctx.lang)!, ctx, 1, anchor);
  return [heading(ctx, 1, title, anchor), ...body, ...ctx.flushNotes()];
}

function summaryBlocks(ctx: LayoutContext): LayoutBlock[] {
  const { report, template, lang } = ctx;
  const summary = progressSummary(report, template);
  if (!summary || !template.summary) return [];
  const cards = new Map(report.cards.map((c) => [c.id, c]));
  const mark = t(lang, 'export.mark');
  const header: LayoutCell[] = [template.card.name[lang], ...summary.levels.map((l) => l.label[lang])].map((label) => ({
    blocks: [{ kind: 'paragraph', style: 'small', inlines: [{ kind: 'text', text: label, bold: true }], align: 'center' }],
    shade: 'header',
    align: 'center',
  }));
  const field = template.card.fields.find((f) => f.id === template.summary!.field);
  const unrated: LayoutBlock = { kind: 'paragraph', style: 'placeholder', inlines: [{ kind: 'text', text: t(lang, 'export.unrated', { what: field?.label[lang] ?? '' }) }] };
  const rows = summary.rows.map((row): LayoutCell[] => [
    {
      blocks: [
        { kind: 'paragraph', style: 'small', inlines: [{ kind: 'text', text: cardHeading(report, template, cards.get(row.cardId)!.id, lang) }] },
        // An unrated card says so in its row: an empty row would read as a level not reached.
        ...(row.level !== null && summary.levels.some((l) => l.id === row.level) ? [] : [unrated]),
      ],
    },
    ...summary.levels.map((level): LayoutCell => ({
      blocks: [{ kind: 'paragraph', style: 'small', align: 'center', inlines: row.level === level.id ? [{ kind: 'text', text: mark, bold: true }] : [] }],
      align: 'center',
      ...(row.level === level.id ? { shade: 'mark' as const } : {}),
    })),
  ]);
  const summaryTable: LayoutBlock = { kind: 'table', headerRows: 1, widths: [6, ...summary.levels.map(() => 1.3)], rows: [header, ...rows], summary: template.summary.title[lang], keepWithNext: true };
  const display = template.summary.display ?? 'both';
  const chart = display === 'table' ? undefined : progressChart(report, template, lang);
  return [
    heading(ctx, 1, template.summary.title[lang], ctx.anchor('summary')),
    // The chart above the table (or alone): drawn from the same rows, so the two always agree.
    ...(chart ? [{ kind: 'chart' as const, chart: chart.spec, alt: chart.alt }] : []),
    ...(display === 'chart' && chart ? [] : [summaryTable]),
    summary.unrated > 0
      ? // No figure while cards have none: a visible placeholder saying how many, never "0 %".
        { kind: 'paragraph', style: 'placeholder', inlines: [{ kind: 'text', text: t(lang, 'export.figureMissing', { what: unratedSentence(summary, template, lang) }) }] }
      : { kind: 'paragraph', style: 'headline', inlines: [{ kind: 'text', text: headline(summary, template, lang), bold: true }] },
  ];
}

/** A card: its heading, the label/content table, the asides, its notes. The first card of a group shares the group heading's page. */
function cardBlocks(ctx: LayoutContext, card: Card, first: boolean): LayoutBlock[] {
  const { template, lang } = ctx;
  const anchor = ctx.anchor('card', card.id);
  const rows: { label: string; continuedLabel: string; blocks: LayoutBlock[] }[] = [];
  const asides: LayoutBlock[] = [];
  for (const def of template.card.fields) {
    if (def.id === template.card.titleField) continue;
    const blocks = fieldBlocks(def, card.fields[def.id], ctx, `${anchor}_${def.id}`);
    if (!blocks) continue;
    const label = def.label[lang];
    if (def.kind === 'richText' && def.aside) asides.push({ kind: 'aside', title: label, blocks });
    else rows.push({ label, continuedLabel: t(lang, 'export.continued', { label }), blocks });
  }
  const notes = ctx.flushNotes();
  return [
    { ...heading(ctx, 2, cleanText(cardHeading(ctx.report, template, card.id, lang)), anchor), pageBreakBefore: !first },
    // A box or the notes never go alone to a page the card's last row could share.
    { kind: 'card', widths: [1, 3], rows, ...(asides.length || notes.length ? { keepWithNext: true } : {}) },
    ...asides,
    ...notes,
  ];
}

/**
 * The document layout of a report in one language: cover data, front chapters, the progress
 * summary table and its headline, the cards grouped by ambition (each on a new page), then the
 * back chapters, with French typography in French. Both exporters render it. Missing values are left out, or shown as a visible
 * placeholder with `allowMissing` (the caller refuses to export them otherwise).
 */
export function buildLayout(report: Report, template: Template, lang: Lang, media: ReadonlyMap<string, Uint8Array>, options: LayoutOptions = {}): DocLayout {
  const ctx = new LayoutContext(report, template, lang, media, options.allowMissing ?? false);
  const only = options.cardIds ? new Set(options.cardIds) : undefined;
  const cards = sortedCards(report).filter((c) => !only || only.has(c.id));
  const title = textIn(ctx, report.title);
  const issuer = textIn(ctx, report.issuer);
  const blocks: LayoutBlock[] = [];
  if (!only) {
    for (const ch of report.chapters.filter((c) => c.position === 'front')) blocks.push(...chapterBlocks(ctx, ch));
    blocks.push(...summaryBlocks(ctx));
  }
  const groups = [...report.ambitions.map((a, i) => ({ id: a.id, title: fill(t(lang, 'export.groupHeading'), { name: template.group.name[lang], n: i + 1, title: textIn(ctx, a.title) }) })), { id: null, title: t(lang, 'export.ungrouped') }];
  for (const group of groups) {
    const members = cards.filter((c) => c.ambition === group.id);
    if (members.length === 0) continue;
    blocks.push(heading(ctx, 1, group.title, ctx.anchor('group', group.id ?? 'none')));
    members.forEach((card, i) => blocks.push(...cardBlocks(ctx, card, i === 0), ...(options.afterCard?.(card) ?? [])));
  }
  if (!only) for (const ch of report.chapters.filter((c) => c.position === 'back')) blocks.push(...chapterBlocks(ctx, ch));
  const date = report.published ? new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${report.published}T00:00:00Z`)) : '';
  const layout: DocLayout = {
    lang,
    meta: { title, author: issuer, subject: `${template.name[lang]} – ${report.period}`, keywords: [t(lang, 'export.series'), template.name[lang], report.period], date: report.published },
    style: template.page,
    cover: { title, period: report.period, issuer, date, series: t(lang, 'export.series') },
    furniture: { runningTitle: shortenAtWord(isBlankIn(report.shortTitle, lang) ? title : textIn(ctx, report.shortTitle), (s) => s.length <= RUNNING_TITLE), pageOf: t(lang, 'export.pageOf'), tocTitle: t(lang, 'export.toc') },
    blocks,
  };
  // French spacing is a matter of printing: applied here, never written back to the report.
  return lang === 'fr' ? withFrenchTypography(layout) : layout;
}
