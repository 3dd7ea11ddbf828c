// The build's pruning of the design system's stylesheets (scripts/vite/design-system-css.ts):
// which class names the code can use, which classes a selector requires, what a pruned
// stylesheet keeps. The renderer tests check the other side on the built page: no class on a
// screen they photograph has lost its styles (takeScreenshot in support/browser.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { designClassesUsedBy, pruneStylesheet, requiredClasses } from '../../scripts/vite/design-system-css.js';

describe('the class names a build’s code can use', () => {
  it('takes the names written out, and lets through every class outside the design system', () => {
    const used = designClassesUsedBy(['e.className="fr-btn fr-btn--secondary"', '<div class="fr-container">']);
    expect(['fr-btn', 'fr-btn--secondary', 'fr-container', 'bilan-card'].map(used)).toEqual([true, true, true, true]);
    expect(['fr-tile', 'fr-btn--tertiary', 'fr-btn-x'].map(used)).toEqual([false, false, false]);
  });

  it('reads a template literal’s interpolations as any run of class characters', () => {
    const used = designClassesUsedBy(['cx(`fr-${p}-group`,`fr-btn--icon-${side}`)']);
    expect(['fr-radio-group', 'fr-checkbox-group', 'fr-btn--icon-left', 'fr-btn--icon-right'].map(used)).toEqual([true, true, true, true]);
    expect(['fr-radio-group--sm', 'fr-radio', 'fr-btn--icon'].map(used)).toEqual([false, false, false]);
  });

  it('takes a name cut short by a quote, or an interpolation it cannot read, as the beginning of names', () => {
    const used = designClassesUsedBy(['"fr-badge--"+size', '`fr-alert--${kind}x.y`', '`fr-tag--${unclosed']);
    expect(['fr-badge--sm', 'fr-badge--green-emeraude', 'fr-alert--info', 'fr-tag--sm'].map(used)).toEqual([true, true, true, true]);
    expect(['fr-badge', 'fr-alert', 'fr-tag'].map(used)).toEqual([false, false, false]);
  });

  it('does not read a name inside another word', () => {
    expect(designClassesUsedBy(['"xfr-tile"'])('fr-tile')).toBe(false);
  });
});

describe('the classes a selector requires', () => {
  it('counts the classes an element must carry, not those in :not(), :is() or attribute tests', () => {
    expect(requiredClasses('.fr-a:not(.fr-b) [class^=fr-c]>.fr-d.fr-e::before')).toEqual(['fr-a', 'fr-d', 'fr-e']);
    expect(requiredClasses(':is(.fr-a,.fr-b) .fr-c[data-x=".fr-f"]')).toEqual(['fr-c']);
    expect(requiredClasses('.fr-col-md-6\\:hover')).toEqual(['fr-col-md-6']);
  });
});

describe('a pruned stylesheet', () => {
  const used = designClassesUsedBy(['"fr-btn"', '"fr-icon-add-line"']);

  it('keeps what the page can use, drops the rest, and leaves no empty at-rule', () => {
    const css = [
      ':root{--blue:#000091}',
      '.fr-btn{color:var(--blue)}',
      '.fr-tile{margin:0}',
      '.fr-btn,.fr-tile .fr-btn{padding:1rem}',
      '@media (min-width:48em){.fr-tile{padding:0}}',
      '@media (min-width:62em){.fr-btn{padding:2rem}.fr-tile{padding:1px}}',
      '@keyframes spin{from{opacity:0}to{opacity:1}}',
      'a:not(.fr-tile){text-decoration:underline}',
      '[class^=fr-icon-]:before{content:""}',
    ].join('');
    const pruned = pruneStylesheet(css, used);
    expect(pruned.css).toBe(
      [
        ':root{--blue:#000091}',
        '.fr-btn{color:var(--blue)}',
        '.fr-btn{padding:1rem}',
        '@media (min-width:62em){.fr-btn{padding:2rem}}',
        '@keyframes spin{from{opacity:0}to{opacity:1}}',
        'a:not(.fr-tile){text-decoration:underline}',
        '[class^=fr-icon-]:before{content:""}',
      ].join(''),
    );
    expect(pruned.dropped).toBe(3);
  });

  it('cuts the design system’s own stylesheet to the components used', () => {
    const file = createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css');
    const css = readFileSync(file, 'utf8');
    const pruned = pruneStylesheet(css, used);
    expect(pruned.css.length).toBeLessThan(css.length / 2);
    expect(pruned.css).toMatch(/\.fr-btn\{/);
    expect(pruned.css).not.toMatch(/\.fr-tile\b/);
    // What stays is still CSS that parses to the same kept rules.
    expect(pruneStylesheet(pruned.css, used).dropped).toBe(0);
  });
});
