import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentIn, isOutOfDate } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { ACTION_PLAN, SAMPLE, tempDir } from '../support/paths.js';

describe('bilan new --from', () => {
  it('starts an end-of-term report from the action plan: numbers, titles, ambitions, institutions and milestones come through, progress is left to fill in', async () => {
    const out = join(tempDir(), 'fin-de-parcours.bilan');
    const run = bilan(['new', '--template', 'ogp-end-of-term', '--from', ACTION_PLAN, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const plan = (await files.open(ACTION_PLAN)).report;
    const made = (await files.open(out)).report;
    expect(made.template.id).toBe('ogp-end-of-term');
    expect(made.period).toBe(plan.period);
    expect(made.ambitions.map((a) => contentIn(a.title, 'fr'))).toEqual(plan.ambitions.map((a) => contentIn(a.title, 'fr')));
    expect(made.cards).toHaveLength(plan.cards.length);
    for (const source of plan.cards) {
      const card = made.cards.find((c) => c.number === source.number)!;
      expect(card, source.number).toBeDefined();
      expect(card.ambition).toBe(source.ambition);
      const [title, planTitle] = [card.fields['title'], source.fields['title']];
      if (title?.kind !== 'text' || planTitle?.kind !== 'text') throw new Error(`card ${source.number} lost its title`);
      expect(contentIn(title, 'fr')).toBe(contentIn(planTitle, 'fr'));
      expect(contentIn(title, 'en')).toBe(contentIn(planTitle, 'en'));
      expect(isOutOfDate(title)).toBe(false);
      expect(card.fields['leadInstitutions']).toEqual({ kind: 'institutions', ids: (source.fields['pilot'] as { ids: string[] }).ids });
      for (const id of (card.fields['leadInstitutions'] as { ids: string[] }).ids) expect(made.institutions.some((i) => i.id === id)).toBe(true);
      expect(card.fields['progress']).toBeUndefined();
      expect(card.fields['results']).toBeUndefined();
      const deadlines = source.fields['deadlines'];
      const milestones = card.fields['milestones'];
      if (deadlines?.kind === 'rows') {
        if (milestones?.kind !== 'rows') throw new Error(`card ${source.number} lost its milestones`);
        expect(milestones.rows.map((r) => r.cells['title'])).toEqual(deadlines.rows.map((r) => ({ ...r.cells['item'] })));
      }
    }
    // It opens and validates as a report to be written: progress missing, English not out of date.
    const check = bilan(['validate', out, '--json'], 'C');
    expect(check.status).toBe(1);
    const issues = (JSON.parse(check.stdout) as { issues: { code: string; target: { kind: string; field?: string } }[] }).issues;
    expect(issues.some((i) => i.target.kind === 'card' && i.target.field === 'progress' && i.code === 'missing')).toBe(true);
    expect(issues.filter((i) => i.code === 'out-of-date')).toEqual([]);
    expect(issues.filter((i) => i.code === 'bad-number')).toEqual([]);
  });

  it('refuses, with what to do and nothing created, a report whose template the target template has no mapping from', () => {
    const out = join(tempDir(), 'plan.bilan');
    const run = bilan(['new', '--template', 'ogp-action-plan', '--from', SAMPLE, '--out', out], 'en_US.UTF-8');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not say how to start from a report of the template ogp-end-of-term');
    expect(run.stderr).toContain('without --from');
    expect(existsSync(out)).toBe(false);
  });
});
