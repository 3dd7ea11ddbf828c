import { describe, expect, it } from 'vitest';
import mainEn from '../../electron/main/i18n/en.json' with { type: 'json' };
import mainFr from '../../electron/main/i18n/fr.json' with { type: 'json' };
import uiEn from '../../renderer/src/i18n/en.json' with { type: 'json' };
import uiFr from '../../renderer/src/i18n/fr.json' with { type: 'json' };

/** The names a string fills in, plural agreements (`{n:one|other}`) included, each once. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?::[^{}|]*\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

describe.each([
  ['the interface', uiFr, uiEn],
  ['the main process', mainFr, mainEn],
] as [string, Record<string, string>, Record<string, string>][])('the catalogs of %s', (_name, fr, en) => {
  it('hold the same strings in French and English, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(fr[key]!), key).toEqual(placeholders(en[key]!));
  });

  it('follow French typography: typographic apostrophe, no-break space before « : ; ? ! »', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text, key).not.toContain("'");
      expect(text, key).not.toMatch(/[^\s\u00a0\u202f][:;?!](\s|$)/);
    }
  });
});
