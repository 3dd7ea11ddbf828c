import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { encodeReport } from '../../../shared/format/write.js';
import type { OpenedReport } from '../../../shared/format/read.js';
import type { RecoveryInfo } from '../../../shared/ipc/dto.js';
import type { Report } from '../../../shared/model/report.js';
import { contentIn } from '../../../shared/report/localized.js';
import { writeFileAtomic } from './atomic-write.js';
import { refused } from './ipc-args.js';
import type { ReportFiles } from './report-files.js';
import type { TemplateStore } from './template-store.js';
import { zipParts } from './zip-writer.js';

/** What is kept beside a recovery copy: whose work it is, and when it was copied. */
const RecoveryMeta = z.strictObject({
  id: z.uuid(),
  path: z.string().max(4096).nullable(),
  title: z.strictObject({ fr: z.string().max(2000), en: z.string().max(2000) }),
  savedAt: z.iso.datetime(),
});
type RecoveryMeta = z.infer<typeof RecoveryMeta>;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Recovery copies of unsaved work, one per open report: a complete `.bilan` file (so it opens
 * with the same checks as any report) and a small JSON note naming the file it belongs to.
 * They outlive a crash; saving or closing the report deletes them.
 */
export class RecoveryStore {
  constructor(
    private readonly dir: string,
    private readonly files: ReportFiles,
    private readonly templates: TemplateStore,
  ) {}

  /** Writes (or replaces) the copy `id`; an invalid report is refused and nothing is written. */
  async write(id: string, path: string | null, report: Report, media: ReadonlyMap<string, Uint8Array>): Promise<string> {
    const bytes = encodeReport(report, media, this.templates.get(report.template.id, report.template.version), this.bilan(id), zipParts);
    await mkdir(this.dir, { recursive: true });
    const title = (lang: 'fr' | 'en') => (contentIn(report.title, lang) ?? '').slice(0, 2000);
    const meta: RecoveryMeta = { id, path, title: { fr: title('fr'), en: title('en') }, savedAt: new Date().toISOString() };
    await writeFileAtomic(this.bilan(id), bytes, { backup: false });
    await writeFileAtomic(this.note(id), new TextEncoder().encode(JSON.stringify(meta)), { backup: false });
    return meta.savedAt;
  }

  /** Every readable copy, newest first; broken notes are skipped (the copy stays on disk). */
  async list(): Promise<RecoveryInfo[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const metas: RecoveryMeta[] = [];
    for (const name of names) {
      const id = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !ID.test(id)) continue;
      const meta = await this.meta(id);
      if (meta && (await stat(this.bilan(id)).catch(() => undefined))) metas.push(meta);
    }
    metas.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    return metas.map((m) => ({ ...m, fileName: m.path ? (m.path.split(/[\\/]/).pop() ?? null) : null }));
  }

  /** Opens the copy `id` with every check a report file gets. */
  async open(id: string): Promise<{ meta: RecoveryMeta; opened: OpenedReport }> {
    const meta = await this.meta(id);
    if (!meta) throw refused('recovery.notFound');
    return { meta, opened: await this.files.open(this.bilan(id)) };
  }

  /** Deletes the copy `id`, if there is one. */
  async discard(id: string): Promise<void> {
    await unlink(this.bilan(id)).catch(() => undefined);
    await unlink(this.note(id)).catch(() => undefined);
  }

  private async meta(id: string): Promise<RecoveryMeta | undefined> {
    try {
      const parsed = RecoveryMeta.safeParse(JSON.parse(await readFile(this.note(id), 'utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private bilan(id: string): string {
    return join(this.dir, `${id}.bilan`);
  }

  private note(id: string): string {
    return join(this.dir, `${id}.json`);
  }
}
