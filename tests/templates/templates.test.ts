import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { Template } from '../../shared/model/template.js';
import type { Label } from '../../shared/model/localized.js';
import { LANGS } from '../../shared/model/localized.js';
import { ROOT } from '../support/paths.js';
import { templates } from '../support/fixtures.js';

/** What French (and English) typography needs beyond ASCII. */
const FRENCH = '’‘“”«»–—…œŒæÆéèêëÉÈÊËàâÀÂçÇîïÎÏôÔùûüÙÛÜÿŸ€\u00a0\u202f°№';

function labels(node: unknown, path = ''): [string, Label][] {
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  if (typeof o['fr'] === 'string' && typeof o['en'] === 'string') return [[path, o as Label]];
  return Object.entries(o).flatMap(([k, v]) => labels(v, `${path}.${k}`));
}

describe.each(['ogp-end-of-term', 'ogp-action-plan', 'ogp-commitment'])('the template %s', (id) => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'templates', id, 'template.json'), 'utf8')) as unknown;

  it('validates against the template schema', () => {
    const parsed = Template.safeParse(raw);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(templates.get(id).id).toBe(id);
  });

  it('has every label and help text in French and English', () => {
    const all = labels(raw);
    expect(all.length).toBeGreaterThan(20);
    for (const [path, label] of all) for (const lang of LANGS) expect(label[lang].trim(), `${path}.${lang}`).not.toBe('');
    for (const field of templates.get(id).card.fields) {
      for (const lang of LANGS) expect(field.help[lang].length, `${field.id} help`).toBeGreaterThan(20);
    }
  });

  it('ships fonts that render every character of French typography, in four faces', () => {
    const { page } = templates.get(id);
    for (const faces of [page.fonts.body, page.fonts.heading]) {
      for (const file of Object.values(faces)) {
        const font = fontkit.create(Buffer.from(templates.font(id, file))) as fontkit.Font;
        const missing = [...FRENCH].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
        expect(missing, `${file} lacks ${missing.join(' ')}`).toEqual([]);
      }
      expect(new Set(Object.values(faces)).size).toBe(4);
    }
  });
});

describe('the end-of-term card', () => {
  it('holds the fields and scales of the product brief, labelled as the report labels them', () => {
    const t = templates.get('ogp-end-of-term');
    const label = (fid: string) => t.card.fields.find((f) => f.id === fid)?.label;
    expect(label('aim')).toEqual({ fr: 'Ambition', en: 'Aim(s)' });
    expect(label('leadInstitutions')).toEqual({ fr: 'Administration(s) porteuse(s)', en: 'Lead institution(s)' });
    expect(label('results')).toEqual({ fr: 'Résultats et impacts', en: 'Results and impact' });
    expect(label('nextSteps')).toEqual({ fr: 'Prochaines étapes', en: 'Next steps' });
    expect(t.scales['progress']!.options.map((o) => o.label.en)).toEqual(['Not started', 'Limited', 'Substantial', 'Completed']);
    expect(t.scales['progress']!.options.map((o) => o.label.fr)).toEqual(['Pas commencé', 'Limité', 'Substantiel', 'Achevé']);
    expect(t.scales['milestoneStatus']!.options.map((o) => o.label.fr.toLowerCase())).toEqual(['réalisé', 'en cours', 'mis en suspens', 'non réalisé']);
    expect(t.card.fields.find((f) => f.id === 'irmRecommendations')).toMatchObject({ kind: 'richText', required: false, aside: true });
  });
});
