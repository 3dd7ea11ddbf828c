// The design system's stylesheets cut down, at build time, to the rules the page can use.
// The DSFR ships one stylesheet for all its components, utilities and icons (some 660 KB once
// built, about 4,900 rules); the app uses a fraction. Chromium parses the whole of it and indexes
// every rule before the start screen can draw, and matches elements against that index at every
// style update. A rule is kept unless one of its selectors' classes is a DSFR class (`fr-…`)
// that no script or HTML of the build can put on an element.
import { basename } from 'node:path';
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** A character that can appear in a DSFR class name. */
const CLASS_CHAR = /[A-Za-z0-9_-]/;
const CLASS_RUN = /[A-Za-z0-9_-]*/y;

/** Where the `}` closing the template-literal interpolation opened at `start` (after `${`) is, or -1. */
function interpolationEnd(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The run of class characters at `at`. */
function classRun(text: string, at: number): string {
  CLASS_RUN.lastIndex = at;
  return CLASS_RUN.exec(text)![0];
}

/**
 * Which DSFR class names the code in `texts` (built scripts, HTML) can give an element: every
 * `fr-…` word written out, and every name it can compose. A template literal such as
 * `` `fr-${kind}-group` `` stands for `fr-*-group`; a name cut short by a quote or a `+`
 * (`"fr-badge--" + size`) stands for all the names it begins. When an interpolation's end cannot
 * be read, the name is taken as a beginning: the test errs on the side of keeping rules.
 */
export function designClassesUsedBy(texts: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const patterns = new Set<string>();
  for (const text of texts) {
    const word = /fr-[A-Za-z0-9_-]*/g;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      if (m.index > 0 && CLASS_CHAR.test(text[m.index - 1]!)) continue; // inside another word ("href-…")
      const parts = [m[0]];
      let at = word.lastIndex;
      let open = false;
      while (text.startsWith('${', at)) {
        const end = interpolationEnd(text, at + 2);
        if (end < 0) {
          open = true;
          break;
        }
        const next = classRun(text, end + 1);
        const after = end + 1 + next.length;
        // Only a name that ends where the literal or the class does has a readable tail.
        if (!text.startsWith('${', after) && !/^[`\s]/.test(text[after] ?? '')) {
          open = true;
          break;
        }
        parts.push(next);
        at = after;
      }
      if (open) patterns.add(`${parts.join('\0')}\0`);
      else if (parts.length > 1) patterns.add(parts.join('\0'));
      else if (m[0].endsWith('-')) patterns.add(`${m[0]}\0`);
      else exact.add(m[0]);
    }
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const composed = [...patterns].map((p) => new RegExp(`^${p.split('\0').map(escape).join('[A-Za-z0-9_-]*')}$`));
  return (name) => !name.startsWith('fr-') || exact.has(name) || composed.some((r) => r.test(name));
}

/**
 * The classes a selector requires of its elements: those outside brackets and parentheses, so
 * that `:not(.fr-x)` and `[class^=fr-x]`, which an element without the class also matches, do
 * not count.
 */
export function requiredClasses(selector: string): string[] {
  const classes: string[] = [];
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '"' || ch === "'") {
      const close = selector.indexOf(ch, i + 1);
      i = close < 0 ? selector.length : close;
    } else if (ch === '.' && depth === 0) {
      const name = classRun(selector, i + 1);
      if (name) classes.push(name);
    }
  }
  return classes;
}

/**
 * `css` without the selectors that require a class `used` refuses; rules left with no selector
 * go, and so do at-rules (`@media`…) left empty. Keyframes, font faces and custom properties are
 * kept as they are.
 */
export function pruneStylesheet(css: string, used: (name: string) => boolean): { css: string; dropped: number } {
  const root = postcss.parse(css);
  let dropped = 0;
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const selectors = rule.selectors.filter((s) => requiredClasses(s).every(used));
    if (selectors.length === 0) {
      rule.remove();
      dropped++;
      return;
    }
    if (selectors.length < rule.selectors.length) rule.selectors = selectors;
  });
  // Innermost first: an @supports inside an @media may leave the @media empty too.
  const empty: postcss.AtRule[] = [];
  root.walkAtRules((at) => void (at.nodes && empty.unshift(at)));
  for (const at of empty) if (at.nodes!.length === 0) at.remove();
  return { css: root.toString(), dropped };
}

/** Whether a built file is one of the design system's icons (an SVG from its `icons/` folder). */
export function isDesignSystemIcon(asset: { originalFileNames: readonly string[] }): boolean {
  return asset.originalFileNames.some((from) => from.includes('@codegouvfr/react-dsfr/dsfr/icons/'));
}

/**
 * The Vite plugin: prunes every built stylesheet (see {@link pruneStylesheet}) against the
 * classes the build's scripts and HTML use, then drops the design system's icons that no
 * stylesheet refers to any more. Runs before the icons are turned into PNG files.
 */
export function pruneDesignSystemCss(): Plugin {
  return {
    name: 'bilan-prune-design-system-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const outputs = Object.values(bundle);
        const code = outputs.map((o) => (o.type === 'chunk' ? o.code : o.fileName.endsWith('.html') ? String(o.source) : '')).filter(Boolean);
        const used = designClassesUsedBy(code);
        let referenced = '';
        for (const asset of outputs) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
          asset.source = pruneStylesheet(String(asset.source), used).css;
          referenced += asset.source;
        }
        for (const [fileName, asset] of Object.entries(bundle)) {
          if (asset.type !== 'asset' || !isDesignSystemIcon(asset)) continue;
          // Stylesheets name an asset by its file name (`url(./add-line-123.svg)`).
          if (!referenced.includes(basename(fileName))) delete bundle[fileName];
        }
      },
    },
  };
}
