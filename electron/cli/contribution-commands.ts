import { readdir, stat } from 'node:fs/promises';
import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import { describeIgnored, describeWarnings, withoutUnusedPictures } from '../../shared/merge/import.js';
import { conflictKey, type Resolution } from '../../shared/merge/resolve.js';
import { forTerminal } from '../../shared/text/terminal.js';
import { cardHeading } from '../../shared/validate/describe.js';
import { withFileLock } from '../main/services/file-lock.js';
import { command } from './command.js';
import { EXIT } from './exit-codes.js';
import { langsOption, oneFile } from './report-commands.js';
import { cleanIdentity, identityProblems } from '../../shared/validate/identity.js';
import { describeLeftover, keepLeftoverToSort } from '../main/services/word-package.js';
import { randomUUID } from 'node:crypto';
import { checkInFile, checkOutFile, files, openReport, packages, templates } from './services.js';

/** The packages (`.bilan` files or folders) a folder already holds; none if it does not exist. */
async function packagesIn(dir: string): Promise<string[]> {
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) return [];
  return (await readdir(dir)).filter((name) => /\.(bilan|docx)$/i.test(name));
}

/** The person a Word package asks to be sent back to, checked as a signature is. */
function contactOption(person: { name: string; email: string }): { name: string; email: string } {
  const problems = identityProblems(person);
  if (problems.name || problems.email) throw new BilanError('cli.packagesBadContact', { name: person.name.slice(0, 200), email: person.email.slice(0, 200) });
  return cleanIdentity(person);
}

export const packagesCommand = command({
  summary: 'cli.packages.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: {
    out: { type: 'string', short: 'o', value: 'cli.value.folder', required: true, help: 'cli.packages.opt.out' },
    deadline: { type: 'string', value: 'cli.value.date', help: 'cli.packages.opt.deadline' },
    message: { type: 'string', value: 'cli.value.text', help: 'cli.packages.opt.message' },
    force: { type: 'boolean', help: 'cli.packages.opt.force' },
    'save-as': { type: 'string', value: 'cli.value.file', help: 'cli.packages.opt.saveAs' },
    docx: { type: 'boolean', help: 'cli.packages.opt.docx' },
    lang: { type: 'string', short: 'l', value: 'cli.value.langs', help: 'cli.packages.opt.lang' },
    name: { type: 'string', value: 'cli.value.name', help: 'cli.packages.opt.name' },
    email: { type: 'string', value: 'cli.value.email', help: 'cli.packages.opt.email' },
  },
  example: 'cli.packages.example',
  async run({ values, positionals, lang, io }) {
    const file = oneFile(positionals, 'packages');
    if (!values.out) throw new BilanError('cli.packagesUsage', {});
    if (values.deadline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.deadline)) throw new BilanError('cli.badDate', { value: values.deadline });
    // Word packages: the languages to fill (the first is the document's), and whom to answer.
    if (!values.docx && (values.lang ?? values.name ?? values.email) !== undefined) throw new BilanError('cli.packagesDocxOnly', {});
    if ((values.name === undefined) !== (values.email === undefined)) throw new BilanError('cli.mergeNameEmail', { given: values.name === undefined ? '--email' : '--name', missing: values.name === undefined ? '--name' : '--email' });
    const langs = langsOption(values.lang);
    const word = values.docx ? { lang: langs[0]!, langs, contact: values.name !== undefined && values.email !== undefined ? contactOption({ name: values.name, email: values.email }) : null } : undefined;
    // Packages already sent may be in that folder: replacing them is asked for, as `new` asks.
    const existing = await packagesIn(values.out);
    if (existing.length > 0 && !values.force) throw new BilanError('packages.exist', { path: values.out, count: existing.length });
    const opened = await openReport(file);
    // The report records the packages it issues (its register), so it is saved with them.
    const saveTo = values['save-as'] ?? file;
    if (values['save-as'] === undefined && (await stat(file)).isDirectory()) throw new BilanError('cli.packagesFolderReport', { file });
    await checkOutFile(saveTo);
    // Under the report's lock: a window or another command saving it meanwhile waits its turn.
    const cut = await withFileLock(saveTo, async () => {
      const current = saveTo === file ? await openReport(file) : opened;
      return packages.cutAll(current, values.out!, { deadline: values.deadline ?? null, message: values.message ?? '', saveTo, ...(word ? { word } : {}) });
    });
    for (const w of cut.packages) io.out(t(lang, 'cli.packageWritten', { file: w.file, cards: w.cards }));
    io.out(t(lang, 'cli.packagesSaved', { file: saveTo, count: cut.report.issued?.packages.length ?? 0 }));
    return EXIT.done;
  },
});

export const mergeCommand = command({
  summary: 'cli.merge.summary',
  args: 'cli.merge.args',
  maxPositionals: Infinity,
  options: {
    out: { type: 'string', short: 'o', value: 'cli.value.file', help: 'cli.merge.opt.out' },
    'apply-clean': { type: 'boolean', help: 'cli.merge.opt.applyClean' },
    name: { type: 'string', value: 'cli.value.name', help: 'cli.merge.opt.name' },
    email: { type: 'string', value: 'cli.value.email', help: 'cli.merge.opt.email' },
    'to-sort': { type: 'boolean', help: 'cli.merge.opt.toSort' },
  },
  example: 'cli.merge.example',
  async run({ values, positionals, lang, io, interactive }) {
    const [file, ...packageFiles] = positionals;
    if (!file || packageFiles.length === 0) throw new BilanError('cli.mergeUsage', {});
    // Who imports is kept in each card's history: a name without an address, or the reverse, is half of it.
    if ((values.name === undefined) !== (values.email === undefined)) throw new BilanError('cli.mergeNameEmail', { given: values.name === undefined ? '--email' : '--name', missing: values.name === undefined ? '--name' : '--email' });
    // The report is read once to be checked before anything else, then again under the lock.
    await openReport(file);
    const out = values.out ?? file;
    await checkOutFile(out);
    // Under the lock of the file written: a second merge, or the window saving it, waits its
    // turn and then works from what this one saved, so that neither loses the other's edits.
    return withFileLock(out, async () => {
      let opened = await openReport(file);
      const template = templates.get(opened.report.template.id);
      const by = values.name !== undefined && values.email !== undefined ? { name: values.name, email: values.email } : null;
      let conflicts = 0;
      let applied = 0;
      // Comments and replies a package brings are worth saving even when no field changed.
      let talk = 0;
      // Text of Word packages left outside their fields, listed for the coordinator to place.
      let leftovers = 0;
      // With --to-sort: the leftovers kept in the "to sort" lists, saved even when no field changed.
      let kept = 0;
      const before = opened.media;
      for (const packageFile of packageFiles) {
        const plan = await packages.plan(opened, await checkInFile(packageFile));
        if (plan.alreadyImported) {
          io.out(t(lang, 'cli.mergeAlready', { file: packageFile }));
          continue;
        }
        for (const warning of describeWarnings(plan, lang, opened.report)) io.err(`! ${packageFile}: ${forTerminal(warning)}`);
        for (const item of plan.ignored) io.err(`! ${packageFile}: ${forTerminal(describeIgnored(item, lang))}`);
        // A Word package's text outside its fields is never dropped: printed whole, to place by hand.
        if (plan.leftovers?.length) {
          io.out(t(lang, values['to-sort'] ? 'cli.mergeLeftoversToSort' : 'cli.mergeLeftovers', { file: packageFile, n: plan.leftovers.length }));
          for (const item of plan.leftovers) io.out(`  - ${forTerminal(describeLeftover(item, opened.report, template, lang))}${item.text.trim() ? `:\n${item.text.split('\n').map((line) => `      ${forTerminal(line)}`).join('\n')}` : ''}`);
          if (!values['to-sort']) leftovers += plan.leftovers.length;
        }
        for (const c of plan.conflicts) {
          const where = `${cardHeading(opened.report, template, c.cardId, lang)} – ${template.card.fields.find((f) => f.id === c.field)?.label[lang] ?? c.field}${c.lang ? ` [${c.lang.toUpperCase()}]` : ''}`;
          io.out(t(lang, 'cli.mergeConflict', { file: packageFile, where: forTerminal(where) }));
        }
        conflicts += plan.conflicts.length;
        const changed = plan.merges.reduce((n, m) => n + m.changed.length, 0);
        io.out(t(lang, 'cli.mergePlanned', { file: packageFile, changed, conflicts: plan.conflicts.length }));
        if (plan.comments.added + plan.comments.replies > 0) io.out(`${packageFile}: ${t(lang, 'import.comments', { n: plan.comments.added, replies: plan.comments.replies })}`);
        talk += plan.comments.added + plan.comments.replies;
        // Conflicts keep the coordinator's text: they are settled in the app, side by side.
        opened = packages.apply(opened, plan, new Map<string, Resolution>(plan.conflicts.map((c) => [conflictKey(c), { choice: 'ours' }])), by);
        applied += changed;
        // --to-sort: each leftover waits in its card's "to sort" list (or the report's), in the file.
        if (values['to-sort'] && plan.leftovers?.length) {
          const cards = new Set(plan.merges.map((m) => m.card.id));
          for (const item of plan.leftovers) opened = keepLeftoverToSort(opened, template, cards, item, plan.wordLang ?? 'fr', () => randomUUID());
          kept += plan.leftovers.length;
        }
      }
      const status = conflicts + leftovers > 0 ? EXIT.blocked : EXIT.done;
      // Nothing to take: the report is not rewritten, and no .bak replaces the previous one.
      if (applied === 0 && talk === 0 && kept === 0) {
        io.out(t(lang, 'cli.mergeNothing', { file }));
        return status;
      }
      if (!values['apply-clean']) {
        if (!interactive.canAsk) throw new BilanError('cli.mergeNeedsApplyClean', { file, changed: applied });
        if (!(await interactive.confirm(t(lang, 'cli.mergeConfirm', { changed: applied })))) {
          io.err(t(lang, 'cli.mergeNotApplied', { file }));
          return status;
        }
      }
      const merged = withoutUnusedPictures(opened, before);
      await files.save(out, merged.report, merged.media);
      io.out(t(lang, 'cli.mergeSaved', { file: out, changed: applied }));
      return status;
    });
  },
});

