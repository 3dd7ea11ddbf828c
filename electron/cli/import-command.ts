import { existsSync } from 'node:fs';
import { BilanError } from '../../shared/i18n/errors.js';
import { fill, t } from '../../shared/i18n/i18n.js';
import type { ImportSummary } from '../../shared/import/build.js';
import type { Lang } from '../../shared/model/localized.js';
import type { Template } from '../../shared/model/template.js';
import { forTerminal } from '../../shared/text/terminal.js';
import { importDocx } from '../main/services/docx-import.js';
import { command, type Output } from './command.js';
import { EXIT } from './exit-codes.js';
import { checkOutFile, files, templates } from './services.js';

/** The lines `bilan import` prints: what was found, card by card, and what is left to sort. */
export function describeImport(summary: ImportSummary, template: Template, lang: Lang, withEnglish: boolean, io: Output): void {
  io.out(t(lang, 'cli.import.found', { cards: summary.cards.length, ambitions: summary.ambitions.length, chapters: summary.chapters.length, images: summary.images.kept }));
  const total = template.card.fields.length;
  for (const c of summary.cards) {
    const heading = forTerminal(fill(template.card.heading[lang], { number: c.number, title: c.title || '…' }));
    const sort = c.toSort ? t(lang, 'cli.import.cardSort', { count: c.toSort }) : '';
    const noEn = withEnglish && !c.en ? t(lang, 'cli.import.cardNoEn') : '';
    io.out(t(lang, 'cli.import.card', { heading, filled: c.fields.length, total, sort: sort + noEn }));
  }
  if (summary.toSort.cards + summary.toSort.report > 0) io.out(t(lang, 'cli.import.toSort', summary.toSort));
  else io.out(t(lang, 'cli.import.nothingToSort'));
  if (summary.images.notKept) io.out(t(lang, 'cli.import.imagesNotKept', { count: summary.images.notKept }));
  if (summary.onlyFr.length) io.out(t(lang, 'cli.import.onlyFr', { numbers: summary.onlyFr.join(', ') }));
  if (summary.onlyEn.length) io.out(t(lang, 'cli.import.onlyEn', { numbers: summary.onlyEn.join(', ') }));
}

export const importCommand = command({
  summary: 'cli.import.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: {
    template: { type: 'string', short: 't', value: 'cli.value.template', required: true, help: 'cli.import.opt.template' },
    en: { type: 'string', value: 'cli.value.file', help: 'cli.import.opt.en' },
    out: { type: 'string', short: 'o', value: 'cli.value.file', required: true, help: 'cli.import.opt.out' },
    force: { type: 'boolean', help: 'cli.import.opt.force' },
    json: { type: 'boolean', help: 'cli.opt.json' },
  },
  example: 'cli.import.example',
  helpParams: () => ({ templates: templates.ids().join(', ') }),
  async run({ values, positionals, lang, io, json }) {
    const docx = positionals[0];
    if (docx === undefined || !values.template || !values.out) throw new BilanError('cli.importUsage', { templates: templates.ids().join(', ') });
    const out = values.out;
    await checkOutFile(out);
    if (existsSync(out) && !values.force) throw new BilanError('cli.exists', { file: out });
    const template = templates.get(values.template);
    const imported = await importDocx(template, docx, values.en);
    // Saved only once the whole import succeeded: a refused document leaves nothing behind.
    await files.save(out, imported.report, imported.media);
    if (values.json) {
      json({ file: out, docx, en: values.en ?? null, template: template.id, ...imported.summary });
      return EXIT.done;
    }
    io.out(t(lang, 'cli.import.created', { file: out, docx, template: template.id }));
    describeImport(imported.summary, template, lang, values.en !== undefined, io);
    return EXIT.done;
  },
});
