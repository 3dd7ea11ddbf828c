import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { value } from '../support/replies.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The desktop window chooses files in the system's dialogs: a page there never names a path.

describe('the desktop host', () => {
  const chosen: unknown[] = [];
  const service = new AppService({
    locale: () => 'en-GB',
    log: () => undefined,
    chooseReportFile: async (picked) => (chosen.push(picked), SAMPLE),
    chooseExportFolder: async (picked) => (chosen.push(picked), tempDir('bilan-export-')),
    choosePackageFiles: async (picked) => (chosen.push(picked), []),
  });

  it('says it is the desktop, with no workspace', async () => {
    expect(value(await service.getHost())).toEqual({ kind: 'desktop', workspace: null });
  });

  it('refuses to list a workspace, saying its dialogs choose files', async () => {
    const reply = await service.listWorkspace('');
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.key).toBe('workspace.desktopDialogs');
    expect(reply.error.message.fr).toMatch(/fenêtres du système/);
  });

  it('refuses a path picked by the page, before any dialog opens', async () => {
    chosen.length = 0;
    const doc = value(await service.loadReport(SAMPLE));
    const replies = [
      await service.chooseReportFile('seeds/ogp-2018-2020.bilan'),
      await service.chooseExportFolder(''),
      await service.choosePackages(['a.bilan']),
      await service.saveReportAs(doc.docId, doc.report, 'mine.bilan'),
      await service.cutPackages(doc.docId, doc.report, { deadline: null, message: '' }, 'packages'),
    ];
    for (const reply of replies) expect(reply.ok ? 'accepted' : reply.error.key).toBe('workspace.pickedOnDesktop');
    expect(chosen).toEqual([]);
  });

  it('still opens its dialogs when the page names nothing (or null, as JSON sends a missing value)', async () => {
    chosen.length = 0;
    expect(value(await service.chooseReportFile())).toBe(SAMPLE);
    expect(value(await service.chooseReportFile(null as unknown as string))).toBe(SAMPLE);
    expect(value(await service.choosePackages())).toEqual([]);
    expect(chosen).toEqual([undefined, undefined, undefined]);
  });
});
