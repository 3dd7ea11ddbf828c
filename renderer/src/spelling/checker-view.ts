// Underlines the misspelled words of the fields on the page, without touching them: in the
// rich-text editors (contenteditable) with the CSS Custom Highlight API (`bilan-spelling`), which
// draws over the text without a node of its own, so the editor's state and undo history never
// see it; in text areas and inputs, whose text no range can reach, with a mirror of the field
// drawn over it (same box, same font, transparent text) where the misspelled words are underlined.
// A field is one whose element says its language (`lang="fr"` or `"en"`): French fields are
// checked as French, English ones as English.
import { checkWords, knownVerdict, onOwnWordsChanged } from './client.js';
import type { SpellingLang } from './protocol.js';
import { wordsToCheck, type Token } from './tokens.js';

/** The name of the highlight in the page's stylesheet: `::highlight(bilan-spelling)`. */
export const HIGHLIGHT = 'bilan-spelling';

/** What a field's elements are found by. */
export const FIELD_SELECTOR = 'textarea[lang], input[type="text"][lang], input:not([type])[lang], [contenteditable="true"][lang]';

/** How long the page waits after a change before checking again. */
const SETTLE_MS = 250;

type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** A misspelled word found in a field: where it is, and the range over it (rich text). */
export interface Misspelling {
  field: Field;
  lang: SpellingLang;
  word: string;
  /** In a text area or an input: offsets in its value. */
  start: number;
  end: number;
  /** In rich text: the range over the word. */
  range?: Range;
}

function fieldLang(el: Element): SpellingLang | null {
  const lang = (el.getAttribute('lang') ?? '').toLowerCase().slice(0, 2);
  return lang === 'fr' || lang === 'en' ? lang : null;
}

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** The text nodes of a rich-text field that are prose: not in links, not in embedded blocks. */
function proseNodes(root: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (el.tagName === 'A' || el.getAttribute('contenteditable') === 'false' || el.tagName === 'CODE') return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** The caret's place when it is in `node` (or the text control), so that the word being typed is left alone. */
function caretIn(field: Field): { node: Node | null; offset: number } | null {
  if (document.activeElement !== field) return null;
  if (isTextControl(field)) return field.selectionStart === field.selectionEnd ? { node: null, offset: field.selectionStart ?? -1 } : null;
  const selection = getSelection();
  return selection?.isCollapsed && selection.focusNode ? { node: selection.focusNode, offset: selection.focusOffset } : null;
}

/** The view: finds the fields, checks their words in the worker, draws what is misspelled. */
export class SpellingView {
  private readonly found = new Map<Field, Misspelling[]>();
  private readonly mirrors = new Map<Field, HTMLDivElement>();
  /** Where the mirrors are drawn, above the page. */
  private readonly layer: HTMLDivElement;
  private readonly observer: MutationObserver;
  private timer: number | undefined;
  private frame: number | undefined;
  private disposed = false;
  private readonly stopOwn: () => void;

  constructor(private accepted: ReadonlySet<string>) {
    this.layer = document.createElement('div');
    this.layer.className = 'bilan-spelling-layer';
    document.body.append(this.layer);
    // Changes in the fields (typing, a field mounted); the mirrors' own are not.
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => !this.layer.contains(r.target))) this.schedule();
    });
    this.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    document.addEventListener('input', this.onInput, true);
    document.addEventListener('focusout', this.onInput, true);
    window.addEventListener('scroll', this.onScroll, true);
    window.addEventListener('resize', this.onScroll);
    this.stopOwn = onOwnWordsChanged(() => this.schedule(0));
    this.schedule(0);
  }

  /** The institutions' acronyms changed. */
  setAccepted(accepted: ReadonlySet<string>): void {
    this.accepted = accepted;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    this.observer.disconnect();
    document.removeEventListener('input', this.onInput, true);
    document.removeEventListener('focusout', this.onInput, true);
    window.removeEventListener('scroll', this.onScroll, true);
    window.removeEventListener('resize', this.onScroll);
    this.stopOwn();
    window.clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    CSS.highlights?.delete(HIGHLIGHT);
    this.layer.remove();
    this.mirrors.clear();
  }

  /** The misspelled word at an offset of a text control, or at a point of rich text. */
  misspellingAt(field: Field, at: { offset: number } | { node: Node; offset: number }): Misspelling | null {
    const list = this.found.get(field) ?? [];
    if ('node' in at) {
      return list.find((m) => m.range && m.range.comparePoint(at.node, at.offset) === 0) ?? null;
    }
    return list.find((m) => at.offset >= m.start && at.offset <= m.end) ?? null;
  }

  private readonly onInput = (event: Event) => {
    if (event.target instanceof Element && event.target.matches(FIELD_SELECTOR)) this.schedule();
  };

  private readonly onScroll = () => {
    if (this.frame !== undefined || this.mirrors.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      for (const [field, mirror] of this.mirrors) this.place(field, mirror);
    });
  };

  /** Checks again once the page has settled. */
  schedule(delay = SETTLE_MS): void {
    if (this.disposed) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    const fields = [...document.querySelectorAll<Field>(FIELD_SELECTOR)].filter((el) => fieldLang(el) && !(isTextControl(el) && el.readOnly));
    const pending: Record<SpellingLang, Set<string>> = { fr: new Set(), en: new Set() };
    const tokens = new Map<Field, { lang: SpellingLang; items: { token: Token; node?: Text }[] }>();
    for (const field of fields) {
      const lang = fieldLang(field)!;
      // One checker at a time: the browser's own would underline the same words again.
      if (field.spellcheck) field.spellcheck = false;
      const items: { token: Token; node?: Text }[] = [];
      if (isTextControl(field)) for (const token of wordsToCheck(field.value, this.accepted)) items.push({ token });
      else for (const node of proseNodes(field)) for (const token of wordsToCheck(node.data, this.accepted)) items.push({ token, node });
      for (const { token } of items) if (knownVerdict(lang, token.word) === undefined) pending[lang].add(token.word);
      tokens.set(field, { lang, items });
    }
    try {
      await Promise.all((['fr', 'en'] as const).filter((l) => pending[l].size > 0).map((l) => checkWords(l, pending[l])));
    } catch (error) {
      console.warn('spelling check failed', error);
      return;
    }
    if (this.disposed) return;
    this.found.clear();
    const ranges: Range[] = [];
    for (const [field, { lang, items }] of tokens) {
      if (!field.isConnected) continue;
      const caret = caretIn(field);
      const list: Misspelling[] = [];
      for (const { token, node } of items) {
        if (knownVerdict(lang, token.word) !== false) continue;
        // The word being typed is not judged before it is finished.
        if (caret && caret.offset === token.end && (caret.node === null || caret.node === node)) continue;
        if (node) {
          if (!node.isConnected || node.data.slice(token.start, token.end) !== token.word) continue;
          const range = new Range();
          range.setStart(node, token.start);
          range.setEnd(node, token.end);
          ranges.push(range);
          list.push({ field, lang, word: token.word, start: token.start, end: token.end, range });
        } else {
          list.push({ field, lang, word: token.word, start: token.start, end: token.end });
        }
      }
      if (list.length > 0) this.found.set(field, list);
    }
    if (typeof Highlight !== 'undefined' && CSS.highlights) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    this.drawMirrors();
  }

  /** The mirrors over the text controls that hold a misspelled word; the others removed. */
  private drawMirrors(): void {
    for (const [field, mirror] of this.mirrors) {
      if (!this.found.has(field) || !field.isConnected) {
        mirror.remove();
        this.mirrors.delete(field);
      }
    }
    for (const [field, list] of this.found) {
      if (!isTextControl(field)) continue;
      let mirror = this.mirrors.get(field);
      if (!mirror) {
        mirror = document.createElement('div');
        mirror.className = 'bilan-spelling-mirror';
        mirror.setAttribute('aria-hidden', 'true');
        this.layer.append(mirror);
        this.mirrors.set(field, mirror);
      }
      mirror.replaceChildren();
      const value = field.value;
      let at = 0;
      for (const m of list) {
        mirror.append(value.slice(at, m.start));
        const mark = document.createElement('span');
        mark.className = 'bilan-spelling-mirror__word';
        mark.textContent = value.slice(m.start, m.end);
        mirror.append(mark);
        at = m.end;
      }
      // A last character so that a trailing line break keeps its line.
      mirror.append(`${value.slice(at)}\u200b`);
      this.place(field, mirror);
    }
  }

  /** Puts a mirror exactly over its field, with the field's font, spacing and scroll. */
  private place(field: Field, mirror: HTMLDivElement): void {
    if (!isTextControl(field)) return;
    const box = field.getBoundingClientRect();
    const style = getComputedStyle(field);
    const s = mirror.style;
    s.left = `${box.left}px`;
    s.top = `${box.top}px`;
    s.width = `${box.width}px`;
    s.height = `${box.height}px`;
    for (const p of ['font', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'lineHeight', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'textAlign', 'direction'] as const) {
      s[p] = style[p];
    }
    s.whiteSpace = field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
    s.visibility = box.width === 0 || style.visibility === 'hidden' ? 'hidden' : 'visible';
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  }
}
