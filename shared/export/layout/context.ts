import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Report } from '../../model/report.js';
import type { Template } from '../../model/template.js';
import type { LayoutBlock, LayoutInline, LayoutNotes } from './types.js';

/** What every step of the layout needs: the report, its template, the language, the images. */
export class LayoutContext {
  private noteCount = 0;
  private pending: { n: number; content: LayoutInline[] }[] = [];
  private readonly anchors = new Set<string>();

  constructor(
    readonly report: Report,
    readonly template: Template,
    readonly lang: Lang,
    readonly media: ReadonlyMap<string, Uint8Array>,
    /** Print a visible placeholder for a missing value instead of refusing to export. */
    readonly allowMissing: boolean,
  ) {}

  /** Numbers a footnote and keeps its text for the end of the current section. */
  note(content: LayoutInline[]): LayoutInline {
    const n = ++this.noteCount;
    this.pending.push({ n, content });
    return { kind: 'note', n, content };
  }

  /**
   * A note giving a link's address, for a printed page loses link targets: null when the link's
   * text already shows its address ("https://x.fr", "x@y.fr"). Numbered with the other notes;
   * the address in it stays a live link.
   */
  addressNote(text: string, href: string): LayoutInline | null {
    const shown = href.replace(/^mailto:/i, '');
    const bare = (s: string) => s.trim().replace(/^mailto:/i, '').replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
    if (bare(text) === bare(href)) return null;
    return this.note([{ kind: 'text', text: shown, href }]);
  }

  /** The notes called since the last section ended, as a block (or nothing). */
  flushNotes(): LayoutNotes[] {
    if (this.pending.length === 0) return [];
    const notes = this.pending;
    this.pending = [];
    return [{ kind: 'notes', title: t(this.lang, 'export.notes'), notes }];
  }

  /** A unique anchor made of letters, digits and `_`, usable as a PDF destination and a Word bookmark. */
  anchor(...parts: string[]): string {
    const base = `_${parts.join('_')}`.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 36);
    let anchor = base;
    for (let i = 2; this.anchors.has(anchor); i++) anchor = `${base}_${i}`;
    this.anchors.add(anchor);
    return anchor;
  }

  /** The placeholder printed where a value is missing and the user chose to export anyway. */
  placeholder(what: string): LayoutBlock {
    return { kind: 'paragraph', style: 'placeholder', inlines: [{ kind: 'text', text: t(this.lang, 'export.placeholder', { what }) }] };
  }
}
