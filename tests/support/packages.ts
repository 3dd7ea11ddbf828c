import type { Person, Report } from '../../shared/model/report.js';
import { files } from './fixtures.js';

/** Edits a returned package as its institution would, and stamps it as sent by `sender`. */
export async function contribute(file: string, sender: Person, edit: (report: Report) => void): Promise<void> {
  const pkg = await files.open(file);
  edit(pkg.report);
  pkg.report.package!.sent = { by: sender, at: '2021-03-20T10:00:00.000Z' };
  await files.save(file, pkg.report, pkg.media);
}
