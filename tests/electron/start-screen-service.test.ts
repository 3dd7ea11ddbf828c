import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { createUserWorkspaceService } from '../../electron/serve/workspace-service.js';
import { userDataDir } from '../../electron/serve/user-data.js';
import { ACTION_PLAN, SAMPLE, tempDir } from '../support/paths.js';
import { files } from '../support/fixtures.js';

const quiet = { locale: () => 'fr-FR', log: () => undefined };

/** A `.bilan` file of the sample (the seeds are folders), in a fresh folder. */
async function sampleFile(name = 'rapport.bilan', source = SAMPLE): Promise<string> {
  const path = join(tempDir('bilan-recent-'), name);
  const opened = await files.open(source);
  await files.save(path, opened.report, opened.media);
  return path;
}

describe('the recent files on the start screen', () => {
  it('lists each file with its folder and date, newest first, and lets the page open only those still there', async () => {
    const [kept, gone, never] = await Promise.all([sampleFile('gardé.bilan'), sampleFile('parti.bilan'), sampleFile('jamais.bilan')]);
    rmSync(gone);
    const service = new AppService({ ...quiet, recent: { recent: [kept, gone] } });
    const reply = await service.listRecent();
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    expect(reply.value.map((e) => e.fileName)).toEqual(['gardé.bilan', 'parti.bilan']);
    expect(reply.value[0]!.folder).toBe(join(kept, '..'));
    expect(Date.parse(reply.value[0]!.modified!)).toBeGreaterThan(Date.now() - 600_000);
    expect(reply.value[1]!.modified).toBeNull();

    const opened = await service.loadReport(kept);
    expect(opened.ok).toBe(true);
    // A file the list never named stays closed to the page.
    const refused = await service.loadReport(never);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.key).toBe('ipc.notAllowed');
  });

  it('is empty, not an error, when the shell keeps no list', async () => {
    expect(await new AppService(quiet).listRecent()).toEqual({ ok: true, value: [] });
  });

  it('in the browser: keeps the list in the user’s data folder across runs, and offers only the workspace’s files, by their folder in it', async () => {
    const workspace = tempDir('bilan-ws-');
    const data = tempDir('bilan-data-');
    const inside = join(workspace, 'rapports', 'rapport.bilan');
    const opened = await files.open(SAMPLE);
    mkdirSync(join(workspace, 'rapports'));
    await files.save(inside, opened.report, opened.media);
    const outside = await sampleFile('ailleurs.bilan');

    const first = await createUserWorkspaceService(workspace, data, quiet);
    expect((await first.loadReport(SAMPLE)).ok).toBe(true); // a sample is not a file of the user's
    expect((await first.chooseReportFile('rapports/rapport.bilan')).ok).toBe(true);
    expect((await first.loadReport(inside)).ok).toBe(true);
    await first.shutdown();
    // The desktop app, sharing the data folder, opened a file outside this workspace since:
    // the page is not offered it.
    // The list is written as the file is used, without holding the reply up.
    const listed = await vi.waitFor(() => JSON.parse(readFileSync(join(data, 'recent.json'), 'utf8')) as string[]);
    expect(listed).toEqual([inside]);
    writeFileSync(join(data, 'recent.json'), JSON.stringify([outside, ...listed]));

    const second = await createUserWorkspaceService(workspace, data, quiet);
    const reply = await second.listRecent();
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    expect(reply.value.map((e) => [e.fileName, e.folder])).toEqual([['rapport.bilan', 'rapports']]);
    expect((await second.loadReport(inside)).ok).toBe(true);
    await second.shutdown();
  });

  it('finds the user’s data folder where the desktop app keeps it, on each system', () => {
    expect(userDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Bilan');
    expect(userDataDir({ XDG_CONFIG_HOME: '/srv/cfg' }, 'linux', '/home/ana')).toBe('/srv/cfg/Bilan');
    expect(userDataDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Bilan');
    expect(userDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toMatch(/Roaming[\\/]Bilan$/);
    expect(userDataDir({ BILAN_DATA_DIR: '/media/usb/bilan' }, 'linux', '/home/ana')).toBe('/media/usb/bilan');
  });
});

describe('a new report started from an action plan in the window', () => {
  it('names, for each template, the templates it can start from', async () => {
    const reply = await new AppService(quiet).listTemplates();
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const endOfTerm = reply.value.find((t) => t.id === 'ogp-end-of-term')!;
    expect(endOfTerm.from.map((f) => f.id)).toContain('ogp-action-plan');
    expect(endOfTerm.from.find((f) => f.id === 'ogp-action-plan')!.name.fr).toMatch(/Plan d’action/);
    expect(reply.value.find((t) => t.id === 'ogp-action-plan')!.from).toEqual([]);
  });

  it('takes the plan’s commitments, with no file until saved', async () => {
    const plan = await files.open(ACTION_PLAN);
    const path = await sampleFile('plan.bilan', ACTION_PLAN);
    const service = new AppService({ ...quiet, chooseReportFile: async () => path });
    expect((await service.chooseReportFile()).ok).toBe(true);
    const reply = await service.newReport('ogp-end-of-term', path);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    expect(reply.value.report.template.id).toBe('ogp-end-of-term');
    expect(reply.value.report.cards.map((c) => c.number)).toEqual(plan.report.cards.map((c) => c.number));
    expect(reply.value.path).toBeNull();
  });

  it('refuses a file the user did not choose, and explains a report no mapping leads from', async () => {
    const path = await sampleFile('bilan-2018.bilan');
    const service = new AppService({ ...quiet, chooseReportFile: async () => path });
    const unchosen = await service.newReport('ogp-end-of-term', path);
    expect(!unchosen.ok && unchosen.error.key).toBe('ipc.notAllowed');
    await service.chooseReportFile();
    const reply = await service.newReport('ogp-end-of-term', path);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.key).toBe('new.fromNoMapping');
    expect(reply.error.message.fr).toContain('bilan-2018.bilan');
    expect(reply.error.message.fr).toMatch(/«\s(Rapport d’autoévaluation de fin de mandat \(PGO\))\s».*«\s\1\s»/);
  });
});
