import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/messages/en.json' with { type: 'json' };
import fr from '../../shared/i18n/messages/fr.json' with { type: 'json' };
import { formatPercent, langFromLocale, t } from '../../shared/i18n/i18n.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the French and English message catalogs', () => {
  it('hold the same messages with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });

  it('follow French typography: typographic apostrophe, non-breaking space before « : »', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text, key).not.toContain("'");
      expect(text, key).not.toMatch(/\S:(\s|$)/);
    }
  });

  it('print percentages as each language does', () => {
    expect(formatPercent('fr', 16 / 21)).toBe('76\u202f%');
    expect(formatPercent('en', 16 / 21)).toBe('76%');
    expect(t('fr', 'issue.line', { tag: '[EN] ', where: 'Ressources', what: 'manquant' })).toBe('[EN] Ressources : manquant');
  });

  it('choose French for French locales and English otherwise', () => {
    expect(langFromLocale('fr_FR.UTF-8')).toBe('fr');
    expect(langFromLocale('fr_BE')).toBe('fr');
    expect(langFromLocale('fr')).toBe('fr');
    expect(langFromLocale('en_GB.UTF-8')).toBe('en');
    expect(langFromLocale('C')).toBe('en');
    expect(langFromLocale('fy_NL')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
