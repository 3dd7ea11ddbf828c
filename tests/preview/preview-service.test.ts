import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { Report } from '../../shared/model/report.js';
import { clone } from '../support/fixtures.js';
import { pdfFonts, pdfInfo, pdfText } from '../support/poppler.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The window's print preview (renderPreview): the export's own PDF, read back by poppler.

function saved(base64: string): string {
  const file = join(tempDir(), 'preview.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

async function opened(): Promise<{ service: AppService; docId: string; report: Report }> {
  const service = new AppService({ appDataDir: tempDir() });
  const loaded = await service.loadReport(SAMPLE);
  if (!loaded.ok) throw new Error(loaded.error.message.en);
  return { service, docId: loaded.value.docId, report: loaded.value.report };
}

describe('the print preview', () => {
  it('draws one card as the export prints it, without cover or contents, its pages numbered with the running header', async () => {
    const { service, docId, report } = await opened();
    const edited = clone(report);
    const aim = edited.cards.find((c) => c.id === 'c01')!.fields['aim'];
    if (aim?.kind !== 'richText') throw new Error('the sample changed: c01 has no rich-text aim');
    aim.fr!.content.push({ type: 'paragraph', children: [{ type: 'text', text: 'Une phrase ajoutée à l’instant.' }] } as never);
    const reply = await service.renderPreview(docId, edited, { lang: 'fr', cardId: 'c01' });
    if (!reply.ok) throw new Error(reply.error.message.en);
    const file = saved(reply.value.pdf);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Engagement n°1 – Renforcer la transparence');
    expect(text).toContain('Une phrase ajoutée à l’instant.');
    expect(text).toContain(`1 sur ${reply.value.pages}`);
    expect(text).toContain('Plan d’action national pour la France 2018–2020');
    expect(text).not.toContain('Sommaire');
    expect(text).not.toContain('Engagement n°2 –');
    expect(Number(pdfInfo(file)['Pages'])).toBe(reply.value.pages);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    await service.shutdown();
  });

  it('draws the whole report in English through an export worker', async () => {
    const { service, docId, report } = await opened();
    const reply = await service.renderPreview(docId, report, { lang: 'en' });
    if (!reply.ok) throw new Error(reply.error.message.en);
    const text = pdfText(saved(reply.value.pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Contents');
    expect(text).toContain('Commitment 21 –');
    await service.shutdown();
  }, 180_000);

  it('marks an older request stale when a newer one comes, and refuses a card the report does not hold, in both languages', async () => {
    const { service, docId, report } = await opened();
    const [first, second] = await Promise.all([service.renderPreview(docId, report, { lang: 'fr', cardId: 'c01' }), service.renderPreview(docId, report, { lang: 'fr', cardId: 'c02' })]);
    expect(first.ok && first.value.stale).toBe(true);
    expect(second.ok && !second.value.stale).toBe(true);
    const refused = await service.renderPreview(docId, report, { lang: 'fr', cardId: 'nope' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message.fr).toContain('La fiche nope n’est pas dans ce rapport');
      expect(refused.error.message.en).toContain('Card nope is not in this report');
    }
    await service.shutdown();
  });
});
