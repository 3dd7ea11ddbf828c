import type { Lang } from '../../shared/model/localized.js';
import type { Block, Inline, List, RichText } from '../../shared/model/richtext.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import type { Template } from '../../shared/model/template.js';
import { contentIn } from '../../shared/report/localized.js';
import { chartCells } from '../../shared/report/chart.js';
import { plainText } from '../../shared/report/text.js';
import { cardHeading } from '../../shared/validate/describe.js';

// The sample's cards are short, and most are partly written. The real 2018–2020 report has all
// 21 cards written out in both languages, about 15,000 words a language (66 pages). This builds
// a report of that size for the bench from the sample's own fully written cards.

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The words of a card's rich-text fields in one language. */
function cardWords(card: Card, lang: Lang): number {
  let n = 0;
  for (const value of Object.values(card.fields)) if (value.kind === 'richText' && value[lang]) n += words(plainText(value[lang].content));
  return n;
}

/** Whether every rich-text field of the card is written in both languages. */
function fullyWritten(card: Card, template: Template): boolean {
  return template.card.fields.every((def) => {
    if (def.kind !== 'richText') return true;
    const value = card.fields[def.id];
    return value?.kind === 'richText' && !!value.fr?.content.length && !!value.en?.content.length;
  });
}

/** A rich-text value with its paragraphs repeated `times` over, French and English alike. */
function repeated(value: FieldValue, times: number): FieldValue {
  if (value.kind !== 'richText' || times <= 1) return structuredClone(value);
  const copy = structuredClone(value);
  for (const lang of ['fr', 'en'] as const) {
    const side = copy[lang];
    if (!side) continue;
    const paragraphs = side.content.filter((b) => b.type === 'paragraph');
    for (let i = 1; i < times; i++) side.content.push(...structuredClone(paragraphs));
  }
  // The English keeps recording the French it translates, so nothing is out of date.
  if (copy.en && 'source' in copy.en && copy.en.source && copy.fr) copy.en.source = { ...copy.en.source, fr: copy.fr.content };
  return copy;
}

/**
 * The sample with every card fully written in both languages, about `target` words of rich
 * text in each: each card takes the fields of one of the sample's fully written cards (in turn),
 * its paragraphs repeated until the report reaches the size. Titles, numbers, ambitions and
 * progress stay the card's own.
 */
export function realSizeReport(sample: Report, template: Template, target = 15_000): Report {
  const report = structuredClone(sample);
  const full = sample.cards.filter((c) => fullyWritten(c, template));
  if (full.length === 0) throw new Error('the sample has no fully written card to copy');
  const perCard = target / report.cards.length;
  report.cards.forEach((card, i) => {
    const model = full[i % full.length]!;
    const times = Math.max(1, Math.round(perCard / Math.max(1, cardWords(model, 'fr'))));
    for (const def of template.card.fields) {
      if (def.id === template.card.titleField || def.id === template.card.leadField) continue;
      const value = model.fields[def.id];
      if (value && (def.kind === 'richText' || !card.fields[def.id])) card.fields[def.id] = repeated(value, times);
    }
  });
  return report;
}

/** The rich-text words of a report in one language, chapters included. */
export function reportWords(report: Report, lang: Lang): number {
  let n = report.cards.reduce((sum, c) => sum + cardWords(c, lang), 0);
  for (const chapter of report.chapters) if (chapter.body[lang]) n += words(plainText(chapter.body[lang].content));
  return n;
}

function inlineMarkdown(inline: Inline): string {
  switch (inline.type) {
    case 'text': {
      const text = inline.text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
      return inline.bold && inline.italic ? `***${text}***` : inline.bold ? `**${text}**` : inline.italic ? `*${text}*` : text;
    }
    case 'break':
      return '\\\n';
    case 'link':
      return `[${inline.children.map(inlineMarkdown).join('')}](${inline.url})`;
    case 'footnote':
      return `^[${inline.children.map(inlineMarkdown).join('')}]`;
  }
}

function listMarkdown(list: List, depth: number): string[] {
  return list.items.flatMap((item, i) => [
    `${'    '.repeat(depth)}${list.ordered ? `${i + 1}.` : '-'} ${item.children.map(inlineMarkdown).join('')}`,
    ...(item.sublist ? listMarkdown(item.sublist, depth + 1) : []),
  ]);
}

function blockMarkdown(block: Block, level: number): string {
  switch (block.type) {
    case 'paragraph':
      return block.children.map(inlineMarkdown).join('');
    case 'heading':
      return `${'#'.repeat(Math.min(6, level + block.level))} ${block.children.map(inlineMarkdown).join('')}`;
    case 'list':
      return listMarkdown(block, 0).join('\n');
    case 'table': {
      const row = (cells: { children: Inline[] }[]) => `| ${cells.map((c) => c.children.map(inlineMarkdown).join('').replace(/\n/g, ' ')).join(' | ')} |`;
      const [head, ...rest] = block.rows;
      return [row(head!), `|${head!.map(() => '---').join('|')}|`, ...rest.map(row)].join('\n');
    }
    case 'image':
      return `*${block.alt}*`;
    case 'chart': {
      // pandoc has no chart: its peer is the chart's table.
      const [head, ...rest] = chartCells(block);
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [`**${block.title}**`, '', row(head!), `|${head!.map(() => '---').join('|')}|`, ...rest.map(row)].join('\n');
    }
  }
}

const richMarkdown = (blocks: RichText, level: number) => blocks.map((b) => blockMarkdown(b, level)).join('\n\n');

/**
 * The same content as Markdown, for pandoc to write a DOCX from: the title, the chapters, then
 * each card under its ambition, each field as a labelled section. The bench's peer for our DOCX
 * writer: pandoc does the same job from the same words, with none of our layout.
 */
export function reportMarkdown(report: Report, template: Template, lang: Lang): string {
  const out: string[] = [`# ${contentIn(report.title, lang) ?? ''}`];
  for (const chapter of report.chapters) {
    out.push(`## ${contentIn(chapter.title, lang) ?? ''}`);
    if (chapter.body[lang]) out.push(richMarkdown(chapter.body[lang].content, 2));
  }
  for (const ambition of report.ambitions) {
    out.push(`## ${contentIn(ambition.title, lang) ?? ''}`);
    for (const card of report.cards.filter((c) => c.ambition === ambition.id)) {
      out.push(`### ${cardHeading(report, template, card.id, lang)}`);
      for (const def of template.card.fields) {
        const value = card.fields[def.id];
        if (!value || def.id === template.card.titleField) continue;
        const text = value.kind === 'richText' ? (value[lang] ? richMarkdown(value[lang].content, 4) : '') : value.kind === 'text' ? (value[lang]?.content ?? '') : value.kind === 'plain' ? value.value : '';
        if (text) out.push(`**${def.label[lang]}**`, text);
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
