import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { templates } from '../support/fixtures.js';
import { tempDir } from '../support/paths.js';
import { frenchReport } from './documents.js';

// The window's Word import as the main process answers it: only documents the user chose, the
// report opened with no file and unsaved, refusals in both languages.

describe('importDocx in the service', () => {
  const dir = tempDir('bilan-docx-service-');
  const docx = join(dir, 'rapport.docx');
  const notes = join(dir, 'notes.txt');
  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(docx, await frenchReport());
    writeFileSync(notes, 'pas un document');
  });

  it('refuses a document the user did not choose, and a pick sent by a page to the desktop', async () => {
    const service = new AppService({ templates, appDataDir: tempDir(), chooseDocxFile: async () => docx });
    const refused = await service.importDocx('ogp-end-of-term', docx);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.key).toBe('ipc.notAllowed');
    const picked = await service.chooseDocxFile('rapport.docx');
    expect(picked.ok).toBe(false);
    if (!picked.ok) expect(picked.error.key).toBe('workspace.pickedOnDesktop');
  });

  it('refuses a chosen file that is not a .docx, in words', async () => {
    const service = new AppService({ templates, appDataDir: tempDir(), chooseDocxFile: async () => notes });
    const reply = await service.chooseDocxFile();
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message.fr).toContain('Impossible d’importer notes.txt');
  });

  it('opens the chosen document as a new report with no file, says what it found, and writes nothing', async () => {
    const service = new AppService({ templates, appDataDir: tempDir(), chooseDocxFile: async () => docx });
    const chosen = await service.chooseDocxFile();
    expect(chosen).toEqual({ ok: true, value: docx });
    const before = readdirSync(dir).sort();
    const reply = await service.importDocx('ogp-end-of-term', docx);
    if (!reply.ok) throw new Error(reply.error.message.en);
    expect(reply.value.summary.cards.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(reply.value.loaded).toMatchObject({ path: null, fileName: null, needsSaveAs: true });
    expect(reply.value.loaded.report.cards.map((c) => c.id)).toEqual(['c01', 'c02', 'c03']);
    // Saving it needs a file: it has none until "Enregistrer sous…".
    const save = await service.saveReport(reply.value.loaded.docId, reply.value.loaded.report);
    expect(save.ok).toBe(false);
    if (!save.ok) expect(save.error.key).toBe('save.needSaveAs');
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
