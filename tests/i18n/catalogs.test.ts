import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/messages/en.json' with { type: 'json' };
import fr from '../../shared/i18n/messages/fr.json' with { type: 'json' };
import { fill, formatPercent, langFromLocale, t } from '../../shared/i18n/i18n.js';

/** The names a message fills in, plural agreements (`{n:one|other}`) included, each once. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?::[^{}|]*\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

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

  it('make words agree with numbers as each language does', () => {
    const fiches = (n: number) => fill('{n} {n:fiche|fiches} {n:envoyée|envoyées}', { n }, 'fr');
    expect([0, 1, 2, 21].map(fiches)).toEqual(['0 fiche envoyée', '1 fiche envoyée', '2 fiches envoyées', '21 fiches envoyées']);
    const cards = (n: number) => fill('{n} {n:card|cards}', { n }, 'en');
    expect([0, 1, 2].map(cards)).toEqual(['0 cards', '1 card', '2 cards']);
    // A number missing from the values leaves the placeholder to be seen, as for any other.
    expect(fill('{n:fiche|fiches}', {}, 'fr')).toBe('{n:fiche|fiches}');
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
