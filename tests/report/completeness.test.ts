import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenedReport } from '../../shared/format/read.js';
import type { Card, TextValue } from '../../shared/model/report.js';
import type { Template } from '../../shared/model/template.js';
import { cardCompleteness, reportCompleteness } from '../../shared/report/completeness.js';
import { withFrench } from '../../shared/report/localized.js';
import { SAMPLE } from '../support/paths.js';
import { files, templates } from '../support/fixtures.js';

let sample: OpenedReport;
let template: Template;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
  template = templates.get('ogp-end-of-term');
});

/** A card of the sample whose required fields are all written in both languages. */
function fullCard(): Card {
  const card = sample.report.cards.find((c) => ['fr', 'en'].every((l) => { const c2 = cardCompleteness(c, template, l as 'fr' | 'en'); return c2.done === c2.total; }));
  if (!card) throw new Error('the sample has no fully written card');
  return card;
}

describe('completeness counts one unit everywhere: a value written, and in English translating the current French', () => {
  it('an English text left behind by a French edit is not written any more, in the card and in the report', () => {
    const card = fullCard();
    const def = template.card.fields.find((f) => f.required && (card.fields[f.id]?.kind === 'text' || card.fields[f.id]?.kind === 'richText'));
    expect(def).toBeDefined();
    const value = card.fields[def!.id] as TextValue;
    const edited: Card = { ...card, fields: { ...card.fields, [def!.id]: { ...withFrench(value, value.fr!.content as never), kind: value.kind } as never } };
    const before = { fr: cardCompleteness(card, template, 'fr'), en: cardCompleteness(card, template, 'en') };
    expect(before.en.done).toBe(before.en.total);
    expect(cardCompleteness(edited, template, 'fr')).toEqual(before.fr);
    expect(cardCompleteness(edited, template, 'en')).toEqual({ done: before.en.done - 1, total: before.en.total });

    const report = { ...sample.report, cards: sample.report.cards.map((c) => (c.id === card.id ? edited : c)) };
    expect(reportCompleteness(report, template, 'en').done).toBe(reportCompleteness(sample.report, template, 'en').done - 1);
    expect(reportCompleteness(report, template, 'fr')).toEqual(reportCompleteness(sample.report, template, 'fr'));
  });

  it('a report title translated from an older French title counts as not written in English', () => {
    const report = { ...sample.report, title: withFrench(sample.report.title, `${sample.report.title.fr!.content} (révisé)`) };
    expect(reportCompleteness(report, template, 'en').done).toBe(reportCompleteness(sample.report, template, 'en').done - 1);
  });
});
