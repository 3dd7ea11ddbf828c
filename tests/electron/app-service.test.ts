import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';

const service = new AppService({ locale: () => 'fr-FR', log: () => undefined });

describe('the start screen’s data', () => {
  it('lists the installed templates with their names in both languages', async () => {
    const reply = await service.listTemplates();
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const endOfTerm = reply.value.find((t) => t.id === 'ogp-end-of-term');
    expect(endOfTerm?.name.fr).toBeTruthy();
    expect(endOfTerm?.name.en).toBeTruthy();
  });

  it('sums up the 2018–2020 sample: title, template, 21 cards, completeness and headline per language', async () => {
    const reply = await service.listSamples();
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const sample = reply.value.find((s) => s.path === SAMPLE);
    expect(sample?.ok).toBe(true);
    if (!sample?.ok) return;
    expect(sample.title.fr).toMatch(/2018–2020/);
    expect(sample.title.en).toMatch(/2018–2020/);
    expect(sample.template.id).toBe('ogp-end-of-term');
    expect(sample.cards).toBe(21);
    for (const lang of ['fr', 'en'] as const) {
      expect(sample.completeness[lang]).toBeGreaterThan(0);
      expect(sample.completeness[lang]).toBeLessThanOrEqual(1);
    }
    expect(sample.headline?.fr).toMatch(/^76\s%/);
    expect(sample.headline?.en).toMatch(/^76%/);
  });

  it('keeps the samples’ listing while their files are unchanged, and reads a sample again once it is saved', async () => {
    const seeds = tempDir('bilan-seeds-');
    const copy = join(seeds, 'copie.bilan');
    cpSync(SAMPLE, copy, { recursive: true });
    const samples = new AppService({ locale: () => 'fr-FR', log: () => undefined, seedsDir: seeds });
    const title = async () => {
      const reply = await samples.listSamples();
      if (!reply.ok || !reply.value[0]?.ok) throw new Error(JSON.stringify(reply));
      return reply.value[0].title.fr;
    };
    // Times in whole seconds, which a file system keeps exactly.
    const file = join(copy, 'report.json');
    const [then, later] = [1_750_000_000, 1_750_000_002];
    utimesSync(file, then, then);
    expect(await title()).toMatch(/^Plan d’action national/);
    // The same number of bytes and the same times: the listing kept is the one given.
    writeFileSync(file, readFileSync(file, 'utf8').replace('Plan d’action national', 'Plan d’action nationaL'));
    utimesSync(file, then, then);
    expect(await title()).toMatch(/^Plan d’action national/);
    // Saved (a new modification time): read again.
    utimesSync(file, later, later);
    expect(await title()).toMatch(/^Plan d’action nationaL/);
  });
});

describe('opening a report', () => {
  it('outlines the sample: 5 ambitions holding its 21 commitments, each with leads, progress and completeness', async () => {
    const reply = await service.openReport(SAMPLE);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const report = reply.value;
    expect(report.ambitions).toHaveLength(5);
    expect(report.ambitions.flatMap((a) => a.cards)).toHaveLength(21);
    expect(report.unassigned).toHaveLength(0);
    expect(report.labels.lead).toEqual({ fr: 'Administration(s) porteuse(s)', en: 'Lead institution(s)' });
    const first = report.ambitions[0]!.cards[0]!;
    expect(first.number).toBe('1');
    expect(first.heading.fr).toMatch(/^Engagement n°1 – /);
    expect(first.heading.en).toMatch(/^Commitment 1 – /);
    expect(first.leads.length).toBeGreaterThan(0);
    expect(first.progress?.label.en).toBeTruthy();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses malformed arguments from the renderer, saying why in both languages', async () => {
    for (const args of [[], [42], [''], ['relative/report.bilan'], ['/tmp/report.txt'], ['/tmp/a\0.bilan'], [`/${'a'.repeat(5000)}.bilan`], [SAMPLE, 'extra']]) {
      const reply = await (service.openReport as (...a: unknown[]) => ReturnType<AppService['openReport']>)(...args);
      expect(reply, JSON.stringify(args).slice(0, 60)).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
      if (!reply.ok) {
        expect(reply.error.message.fr).toMatch(/refusée/);
        expect(reply.error.message.en).toMatch(/refused/);
      }
    }
    expect(await (service.listSamples as (...a: unknown[]) => Promise<unknown>)('anything')).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
  });

  it('opens only the samples and the files the main process granted', async () => {
    const elsewhere = join(ROOT, 'tests', 'no-such-folder', 'report.bilan');
    expect(await service.openReport(elsewhere)).toMatchObject({ ok: false, error: { key: 'ipc.notAllowed' } });
    const own = new AppService({ log: () => undefined });
    own.grant(elsewhere);
    expect(await own.openReport(elsewhere)).toMatchObject({ ok: false, error: { key: 'open.notFound' } });
  });

  it('reports a missing file as the file layer words it, in both languages', async () => {
    const reply = await service.openReport(join(ROOT, 'seeds', 'missing.bilan'));
    expect(reply).toMatchObject({ ok: false, error: { key: 'open.notFound' } });
    if (!reply.ok) {
      expect(reply.error.message.fr).toContain('missing.bilan');
      expect(reply.error.message.en).toContain('missing.bilan');
    }
  });
});

describe('the locale', () => {
  it('maps the system locale to a report language', async () => {
    expect(await new AppService({ locale: () => 'fr-CA' }).getLocale()).toEqual({ ok: true, value: { locale: 'fr-CA', lang: 'fr' } });
    expect(await new AppService({ locale: () => 'de-DE' }).getLocale()).toEqual({ ok: true, value: { locale: 'de-DE', lang: 'en' } });
  });
});

describe('what the window holds', () => {
  it('is told to the shell when it changes, so the menu is rebuilt, and a bad kind is refused in both languages', async () => {
    const told: string[] = [];
    const own = new AppService({ log: () => undefined, onOpenDocument: (kind) => told.push(kind) });
    expect(own.openDocumentKind()).toBe('none');
    expect(await own.setOpenDocument('report')).toEqual({ ok: true, value: null });
    expect(await own.setOpenDocument('report')).toEqual({ ok: true, value: null });
    expect(await own.setOpenDocument('package')).toEqual({ ok: true, value: null });
    expect(told).toEqual(['report', 'package']);
    for (const args of [['coordinator'], [], [null], ['report', 'extra']]) {
      const reply = await (own.setOpenDocument as (...a: unknown[]) => ReturnType<AppService['setOpenDocument']>)(...args);
      expect(reply, JSON.stringify(args)).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
      if (!reply.ok) expect([reply.error.message.fr, reply.error.message.en]).toEqual([expect.stringMatching(/refusée/), expect.stringMatching(/refused/)]);
    }
    expect(own.openDocumentKind()).toBe('package');
    expect(told).toEqual(['report', 'package']);
  });
});
