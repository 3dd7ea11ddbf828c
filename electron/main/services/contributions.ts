import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { SentPackage } from '../../../shared/ipc/dto.js';
import type { Lang } from '../../../shared/model/localized.js';
import type { Person } from '../../../shared/model/report.js';
import { cleanIdentity, identityProblems } from '../../../shared/validate/identity.js';
import { packageIssues } from '../../../shared/validate/package.js';
import type { Documents } from './documents.js';
import type { ExportJobs } from './export-jobs.js';
import { reportArg } from './import-session.js';
import { refused } from './ipc-args.js';
import type { PackageService } from './package-service.js';
import type { IdentityStore } from './shell-settings.js';
import type { TemplateStore } from './template-store.js';

/** What the contributor's side needs from the service around it. */
export interface ContributionsContext {
  documents: Documents;
  packages: PackageService;
  exportJobs: ExportJobs;
  templates: TemplateStore;
  identity: IdentityStore;
  /**
   * Opens a file with the system's viewer (Electron: `shell.openPath`); resolves to an error
   * text, empty when it worked. Without it, previews are written but cannot be opened.
   */
  openFile?: ((path: string) => Promise<string>) | undefined;
  /** Where preview folders are made (the system's temporary folder by default). */
  previewRoot?: string | undefined;
}

/** How every preview folder's name begins. */
const PREVIEW_PREFIX = 'bilan-apercu-';
/** How old a preview folder left by an earlier run (one that crashed or was killed) must be before it is swept. */
export const STALE_PREVIEW_MS = 24 * 60 * 60 * 1000;

/** A name safe in a folder name: letters, digits, dashes. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40);

/** Checks who signs, refusing in words what cannot sign; returns the identity trimmed. */
export function signer(person: Person): Person {
  const problems = identityProblems(person);
  if (problems.name) throw refused(problems.name === 'missing' ? 'identity.noName' : 'identity.tooLong');
  if (problems.email === 'missing') throw refused('identity.noEmail');
  if (problems.email) throw refused('identity.badEmail', { email: person.email.trim().slice(0, 200) });
  return cleanIdentity(person);
}

/**
 * The contributor's side of the round trip, in plain Node: a preview of the package's cards as
 * they will print (a PDF rendered by the export worker into a temporary folder, then opened
 * with the system's viewer), and "send to the coordinator" (stamped, written atomically, the
 * sender remembered for next time).
 */
export class Contributions {
  /** The folder of each preview job, and its document: the only files `openPreview` opens. */
  private readonly previews = new Map<string, { folder: string; docId: string }>();
  private readonly root: string;

  constructor(private readonly ctx: ContributionsContext) {
    this.root = resolve(ctx.previewRoot ?? tmpdir());
  }

  /** The identity remembered, or null. */
  identity(): Person | null {
    return this.ctx.identity.user;
  }

  /** Remembers who signs (checked first); returns the identity as kept. */
  async setIdentity(person: Person): Promise<Person> {
    const checked = signer(person);
    await this.ctx.identity.saveUser(checked);
    return checked;
  }

  /** Starts the preview of an open package's cards in a fresh temporary folder; returns the job's id. */
  async startPreview(docId: string, raw: unknown, langs: Lang[]): Promise<string> {
    const media = this.ctx.documents.media(docId);
    const report = reportArg(raw);
    if (!report.package) throw refused('contribution.notPackage');
    // The document's earlier preview is out of date: this one replaces it.
    await this.dropPreviews(docId);
    await mkdir(this.root, { recursive: true });
    const folder = await mkdtemp(join(this.root, `${PREVIEW_PREFIX}${safe(report.package.institution)}-`));
    const cardIds = report.cards.map((c) => c.id);
    // A preview shows what is missing as placeholders: its purpose is to see the gaps in place.
    const id = this.ctx.exportJobs.start({ report, media, folder, formats: ['pdf'], langs: [...new Set(langs)], allowMissing: true, cardIds });
    this.previews.set(id, { folder: resolve(folder), docId });
    return id;
  }

  /**
   * Removes the previews of a document (a newer preview replaces them, or the document was
   * closed), cancelling one still being rendered. A file a viewer still holds locked (Windows)
   * stays until the next sweep (`sweepStalePreviews`).
   */
  async dropPreviews(docId: string): Promise<void> {
    for (const [id, preview] of [...this.previews]) {
      if (preview.docId !== docId) continue;
      this.previews.delete(id);
      if (this.ctx.exportJobs.status(id)?.state === 'running') await this.ctx.exportJobs.cancel(id);
      await rm(preview.folder, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Removes every preview at once (the application quits): nothing of them outlives the session. */
  dropAllPreviewsNow(): void {
    for (const { folder } of this.previews.values()) {
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {
        // Held by a viewer: the next start sweeps it.
      }
    }
    this.previews.clear();
  }

  /**
   * Removes the preview folders an earlier run left behind (it crashed, or a viewer held a
   * file), once they are older than {@link STALE_PREVIEW_MS}: a session running beside this one
   * keeps its own. Returns how many were removed.
   */
  async sweepStalePreviews(now = Date.now()): Promise<number> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      if (!name.startsWith(PREVIEW_PREFIX)) continue;
      const folder = join(this.root, name);
      const info = await stat(folder).catch(() => null);
      if (!info?.isDirectory() || now - info.mtimeMs < STALE_PREVIEW_MS) continue;
      await rm(folder, { recursive: true, force: true }).then(
        () => removed++,
        () => undefined,
      );
    }
    return removed;
  }

  /** Opens the PDFs of a finished preview with the system's viewer; returns their paths. */
  async openPreview(jobId: string): Promise<string[]> {
    const folder = this.previews.get(jobId)?.folder;
    if (!folder) throw refused('preview.unknown');
    const status = this.ctx.exportJobs.status(jobId);
    if (status?.state !== 'done') throw refused('preview.notReady');
    const files = (status.files ?? []).map((f) => resolve(f)).filter((f) => dirname(f) === folder);
    if (!this.ctx.openFile) throw refused('preview.noViewer', { file: files[0] ?? folder });
    for (const file of files) {
      const problem = await this.ctx.openFile(file);
      if (problem) throw refused('preview.openFailed', { file, detail: problem.slice(0, 200) });
    }
    return files;
  }

  /**
   * Sends an open package: checks the sender, stamps the package and writes it to its own file
   * (or to one the user chooses; null when cancelled), then remembers the sender. A refusal or
   * a failed write leaves the file on disk as it was.
   */
  async send(docId: string, raw: unknown, by: Person, now = new Date()): Promise<SentPackage | null> {
    const person = signer(by);
    const written = await this.ctx.documents.writeWith(docId, raw, async (opened, file) => {
      if (!opened.report.package) throw refused('contribution.notPackage');
      return this.ctx.packages.send(opened, file, person, now);
    });
    if (!written) return null;
    await this.ctx.identity.saveUser(person);
    const { report } = written.result;
    const template = this.ctx.templates.get(report.template.id, report.template.version);
    const issues = packageIssues(report, template);
    return {
      report,
      path: written.path,
      fileName: basename(written.path),
      sentAt: report.package!.sent!.at,
      by: person,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    };
  }
}
