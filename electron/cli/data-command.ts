import { join } from 'node:path';
import { dataPackage } from '../../shared/data/package.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import { TargetIsFolderError, writeFilesAtomic } from '../main/services/atomic-write.js';
import { command } from './command.js';
import { EXIT } from './exit-codes.js';
import { oneFile } from './report-commands.js';
import { openReport, templates } from './services.js';

export const dataCommand = command({
  summary: 'cli.data.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: {
    out: { type: 'string', short: 'o', value: 'cli.value.folder', required: true, help: 'cli.data.opt.out' },
    'with-contacts': { type: 'boolean', help: 'cli.data.opt.withContacts' },
  },
  example: 'cli.data.example',
  async run({ values, positionals, lang, io }) {
    const file = oneFile(positionals, 'data');
    if (!values.out) throw new BilanError('cli.dataUsage', {});
    const out = values.out;
    const { report } = await openReport(file);
    const made = dataPackage(report, templates.forReport(report), { withContacts: values['with-contacts'] ?? false, created: new Date().toISOString() });
    const encoder = new TextEncoder();
    // All the files or none: a failure leaves the folder as it was (and removes it if it was made).
    try {
      await writeFilesAtomic(
        made.map((f) => ({ path: join(out, f.path), bytes: encoder.encode(f.text) })),
        { folder: out },
      );
    } catch (error) {
      // A folder in the way of one of the files: said as the system would say it.
      if (error instanceof TargetIsFolderError) throw Object.assign(new Error(error.message), { code: 'EISDIR', path: error.path });
      throw error;
    }
    const csv = made.filter((f) => f.path.endsWith('.csv'));
    const rows = csv.reduce((n, f) => n + f.text.split('\r\n').length - 2, 0);
    io.out(t(lang, 'cli.dataWritten', { dir: out, tables: csv.length, rows }));
    return EXIT.done;
  },
});
