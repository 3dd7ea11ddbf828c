import type { AmbitionOutline, CardOutline, ReportSummary, SampleInfo } from '../../../shared/ipc/dto.js';
import type { ByLang } from '../../../shared/ipc/result.js';
import { fill } from '../../../shared/i18n/i18n.js';
import type { Lang, LocalizedText } from '../../../shared/model/localized.js';
import type { Card, Report } from '../../../shared/model/report.js';
import { findField, type Template } from '../../../shared/model/template.js';
import { cardCompleteness, reportCompleteness, share } from '../../../shared/report/completeness.js';
import { contentIn } from '../../../shared/report/localized.js';
import { headline, progressSummary } from '../../../shared/report/summary.js';
import { sortedCards } from '../../../shared/validate/validate.js';

// The read-only summaries the start screen shows, worded in both languages.

const both = <T>(f: (lang: Lang) => T): ByLang<T> => ({ fr: f('fr'), en: f('en') });
const textIn = (value: LocalizedText | undefined) => both((lang) => contentIn(value, lang)?.trim() ?? '');

/** The start screen's card for a sample report. */
export function sampleInfo(path: string, fileName: string, report: Report, template: Template): SampleInfo {
  const summary = progressSummary(report, template);
  return {
    ok: true,
    path,
    fileName,
    title: textIn(report.title),
    period: report.period,
    template: { id: template.id, name: template.name },
    cardName: template.card.name,
    cards: report.cards.length,
    completeness: both((lang) => share(reportCompleteness(report, template, lang))),
    headline: summary ? both((lang) => headline(summary, template, lang)) : null,
  };
}

/** The outline of a report: its ambitions and their cards. */
export function reportSummary(path: string, report: Report, template: Template): ReportSummary {
  const outline = (card: Card) => cardOutline(card, report, template);
  const cards = sortedCards(report);
  const ambitions: AmbitionOutline[] = report.ambitions.map((a) => ({
    id: a.id,
    title: textIn(a.title),
    cards: cards.filter((c) => c.ambition === a.id).map(outline),
  }));
  const known = new Set(report.ambitions.map((a) => a.id));
  const progressDef = template.summary && findField(template, template.summary.field);
  const summary = progressSummary(report, template);
  return {
    path,
    title: textIn(report.title),
    period: report.period,
    template: { id: template.id, name: template.name },
    labels: {
      group: template.group.name,
      card: template.card.name,
      lead: findField(template, template.card.leadField)?.label ?? template.card.name,
      progress: progressDef?.label ?? null,
    },
    completeness: both((lang) => share(reportCompleteness(report, template, lang))),
    headline: summary ? both((lang) => headline(summary, template, lang)) : null,
    cardCount: report.cards.length,
    ambitions,
    unassigned: cards.filter((c) => c.ambition === null || !known.has(c.ambition)).map(outline),
  };
}

function cardOutline(card: Card, report: Report, template: Template): CardOutline {
  const titleValue = card.fields[template.card.titleField];
  const title = textIn(titleValue?.kind === 'text' ? titleValue : undefined);
  const leadValue = card.fields[template.card.leadField];
  const leads = (leadValue?.kind === 'institutions' ? leadValue.ids : []).map((id) => textIn(report.institutions.find((i) => i.id === id)?.name));
  return {
    id: card.id,
    number: card.number,
    title,
    heading: both((lang) => fill(template.card.heading[lang], { number: card.number, title: title[lang] || '…' }).trim()),
    leads,
    progress: progressOf(card, template),
    completeness: both((lang) => share(cardCompleteness(card, template, lang))),
  };
}

function progressOf(card: Card, template: Template): CardOutline['progress'] {
  const fieldId = template.summary?.field;
  const def = fieldId ? findField(template, fieldId) : undefined;
  const value = fieldId ? card.fields[fieldId] : undefined;
  if (!def || def.kind !== 'choice' || !def.scale || value?.kind !== 'choice' || value.value === null) return null;
  const options = template.scales[def.scale]?.options ?? [];
  const rank = options.findIndex((o) => o.id === value.value);
  const option = options[rank];
  return option ? { level: option.id, label: option.label, rank, steps: options.length } : null;
}
