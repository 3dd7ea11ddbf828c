// Draws a PDF's pages with pdf.js (pdfjs-dist), its worker bundled with the page (no CDN, no
// eval: the window's CSP allows neither). Loaded only when the preview is first opened.
//
// What makes a refresh quick: the worker is started once and kept; the document shown is kept
// open, so a new zoom draws again without reading the PDF again; of a new PDF, the pages in view
// are drawn first and the new pages replace the old ones as soon as they are (the others are
// drawn as they come near the view, and let go when they are far from it); a drawing overtaken
// by a newer one stops where it is.
import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import { MAX_ZOOM, sameZoom, type Zoom } from './zoom.js';

let workerReady = false;

function startWorker(): void {
  if (workerReady) return;
  GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'bilan-pdf' });
  workerReady = true;
}

/** CSS pixels per PDF point: a page at 100 % is shown at its printed size (96 px to the inch). */
const PX_PER_PT = 96 / 72;
/** The space between two pages, and around them (CSS pixels). */
export const PAGE_GAP = 16;
/** The most pixels one page's canvas may hold (past it, pdf.js and the GPU struggle): a page is then drawn less sharp, never not at all. */
const MAX_CANVAS_PIXELS = 16_777_216;

/** One page laid out in the view: its frame, its size at scale 1, and what is drawn of it. */
interface PageSlot {
  n: number;
  frame: HTMLElement;
  canvas: HTMLCanvasElement;
  text: HTMLElement;
  /** Width and height in CSS pixels at the view's scale. */
  width: number;
  height: number;
  page: PDFPageProxy;
  drawn: boolean;
  drawing: RenderTask | null;
  texted: boolean;
}

/** Thrown (and caught by the view's owner) when a drawing was overtaken by a newer one. */
export class Superseded extends Error {
  constructor() {
    super('superseded');
  }
}

/**
 * The preview's pages in a scrolling element. `show` draws a new PDF; `setZoom` the same one at
 * another size. Each resolves once the pages in view are drawn and shown, or throws
 * {@link Superseded} when a newer call came first.
 */
export class PdfPages {
  private doc: PDFDocumentProxy | null = null;
  private slots: PageSlot[] = [];
  private generation = 0;
  private zoom: Zoom = { kind: 'fit' };
  /** The zoom last asked for: a new PDF being read is laid out at it. */
  private wanted: Zoom;
  /** A new PDF is being read and laid out (a new zoom waits for it). */
  private loading = 0;
  private scale = 1;
  private observer: IntersectionObserver;

  constructor(
    private scroller: HTMLElement,
    zoom: Zoom,
    private readonly pageLabel: (n: number, of: number) => string,
    /** Told each time pages are shown: the zoom in percent, and how many pages. */
    private readonly onShown: (percent: number, pages: number) => void,
  ) {
    startWorker();
    this.wanted = zoom;
    this.observer = this.watch();
    this.watchRatio();
  }

  /** The screen's density changed (another screen, the window's zoom): drawn again, sharp at the new one. */
  private ratioQuery: MediaQueryList | null = null;
  private readonly onRatio = () => {
    this.watchRatio();
    if (this.doc) void this.setZoom(this.wanted).catch(() => undefined);
  };
  private watchRatio(): void {
    this.ratioQuery?.removeEventListener('change', this.onRatio);
    this.ratioQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    this.ratioQuery.addEventListener('change', this.onRatio);
  }

  /** Pages drawn when within a screen of the view, let go when further (bounded memory at any zoom). */
  private watch(): IntersectionObserver {
    return new IntersectionObserver((entries) => this.onNear(entries), { root: this.scroller, rootMargin: '100% 0px' });
  }

  /** Shows the pages drawn last in another scrolling element (the panel opened again), at once. */
  attach(scroller: HTMLElement): void {
    if (scroller === this.scroller) return;
    this.observer.disconnect();
    scroller.replaceChildren(...this.scroller.childNodes);
    this.scroller = scroller;
    this.observer = this.watch();
    for (const slot of this.slots) this.observer.observe(slot.frame);
  }

  /** The panel closed: drawing stops; the pages stay, to be shown again when it opens. */
  detach(): void {
    this.generation++;
    this.loading = 0;
    this.observer.disconnect();
    for (const slot of this.slots) slot.drawing?.cancel();
  }

  /** The zoom in percent of the printed size, as now shown (for "fit", what the width gives). */
  get percent(): number {
    return Math.round((this.scale / PX_PER_PT) * 100);
  }

  /** How many pages the document shown has. */
  get pages(): number {
    return this.slots.length;
  }

  /** Shows a new PDF at the zoom asked for; the old pages stay until the new ones in view are drawn. */
  async show(bytes: Uint8Array): Promise<void> {
    const mine = ++this.generation;
    this.loading = mine;
    try {
      await this.read(bytes, mine);
    } finally {
      if (this.loading === mine) this.loading = 0;
    }
    // A zoom asked for while the PDF was being drawn.
    if (!sameZoom(this.zoom, this.wanted)) await this.setZoom(this.wanted);
  }

  private async read(bytes: Uint8Array, mine: number): Promise<void> {
    // The PDF's embedded fonts are drawn as outlines (disableFontFace), not loaded into the page
    // as web fonts: loading them anew for each PDF took most of a refresh (about 1 s of 2 on a
    // loaded machine, against 0.16 s so), for the same glyphs on the canvas.
    const task = getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      void task.destroy();
      throw error;
    }
    if (mine !== this.generation) {
      void doc.destroy();
      throw new Superseded();
    }
    const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
    if (mine !== this.generation) {
      void doc.destroy();
      throw new Superseded();
    }
    await this.lay(doc, pages, this.wanted, mine, 'keep');
  }

  /** Shows the same pages at another zoom (or again at the same, the panel's width having changed). */
  async setZoom(zoom: Zoom): Promise<void> {
    this.wanted = zoom;
    // A new PDF being read takes it up; no PDF yet: the first one will.
    if (this.loading || !this.doc) return;
    const mine = ++this.generation;
    await this.lay(this.doc, this.slots.map((s) => s.page), zoom, mine, 'scale');
  }

  /** Lets everything go (the panel closed). */
  destroy(): void {
    this.generation++;
    this.ratioQuery?.removeEventListener('change', this.onRatio);
    this.observer.disconnect();
    for (const slot of this.slots) slot.drawing?.cancel();
    this.slots = [];
    void this.doc?.destroy();
    this.doc = null;
  }

  /** The scale that `zoom` gives pages of `widest` points in the scroller as it is now. */
  private scaleFor(zoom: Zoom, widest: number): number {
    if (zoom.kind === 'percent') return (zoom.percent / 100) * PX_PER_PT;
    const room = Math.max(120, this.scroller.clientWidth - 2 * PAGE_GAP);
    return Math.min(room / widest, (MAX_ZOOM / 100) * PX_PER_PT);
  }

  /**
   * Lays `pages` out at `zoom` in a new element, draws the pages that will be in view, then puts
   * it in place of the old one: at the same scroll position for a new PDF (`keep`), at the same
   * place in the document for a new zoom (`scale`).
   */
  private async lay(doc: PDFDocumentProxy, pages: PDFPageProxy[], zoom: Zoom, mine: number, scroll: 'keep' | 'scale'): Promise<void> {
    const widest = Math.max(1, ...pages.map((p) => p.getViewport({ scale: 1 }).width));
    const scale = this.scaleFor(zoom, widest);
    const root = document.createElement('div');
    root.className = 'bilan-preview__pages';
    root.style.gap = `${PAGE_GAP}px`;
    root.style.padding = `0 ${PAGE_GAP}px ${PAGE_GAP}px`;
    const slots: PageSlot[] = pages.map((page, i) => {
      const viewport = page.getViewport({ scale });
      const frame = document.createElement('div');
      frame.className = 'bilan-preview__page';
      frame.setAttribute('role', 'group');
      frame.setAttribute('aria-label', this.pageLabel(i + 1, pages.length));
      frame.dataset['page'] = String(i + 1);
      frame.style.width = `${viewport.width}px`;
      frame.style.height = `${viewport.height}px`;
      frame.style.setProperty('--scale-factor', String(scale));
      frame.style.setProperty('--total-scale-factor', String(scale));
      const canvas = document.createElement('canvas');
      canvas.setAttribute('aria-hidden', 'true');
      const text = document.createElement('div');
      text.className = 'bilan-preview__text textLayer';
      frame.append(canvas, text);
      root.append(frame);
      return { n: i + 1, frame, canvas, text, width: viewport.width, height: viewport.height, page, drawn: false, drawing: null, texted: false };
    });
    // Where the view will stand, and so which pages it will show.
    const oldHeight = Math.max(1, this.scroller.scrollHeight);
    const top = scroll === 'keep' ? this.scroller.scrollTop : (this.scroller.scrollTop / oldHeight) * this.totalHeight(slots);
    const bottom = top + this.scroller.clientHeight;
    let y = 0;
    const inView: PageSlot[] = [];
    for (const slot of slots) {
      if (y < bottom && y + slot.height > top) inView.push(slot);
      y += slot.height + PAGE_GAP;
    }
    if (inView.length === 0 && slots[0]) inView.push(slots[0]);
    await Promise.all(inView.map((slot) => this.draw(slot, scale, mine)));
    if (mine !== this.generation) {
      if (doc !== this.doc) void doc.destroy();
      throw new Superseded();
    }
    // The new pages replace the old ones at once.
    this.observer.disconnect();
    for (const slot of this.slots) slot.drawing?.cancel();
    const previous = this.doc;
    this.scroller.replaceChildren(root);
    this.scroller.scrollTop = top;
    this.doc = doc;
    this.slots = slots;
    this.zoom = zoom;
    this.scale = scale;
    if (previous && previous !== doc) void previous.destroy();
    for (const slot of slots) this.observer.observe(slot.frame);
    this.onShown(this.percent, slots.length);
    // Every page's words, for selection and screen readers, whether drawn yet or not.
    void this.textLayers(slots, scale, mine);
  }

  private totalHeight(slots: PageSlot[]): number {
    return slots.reduce((h, s) => h + s.height + PAGE_GAP, 0);
  }

  /** Draws one page's canvas, sharp: as many device pixels as the screen shows for it. */
  private async draw(slot: PageSlot, scale: number, mine: number): Promise<void> {
    if (slot.drawn || slot.drawing) return;
    const viewport = slot.page.getViewport({ scale });
    let ratio = window.devicePixelRatio || 1;
    if (viewport.width * viewport.height * ratio * ratio > MAX_CANVAS_PIXELS) ratio = Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height));
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.width = Math.round(viewport.width * ratio);
    canvas.height = Math.round(viewport.height * ratio);
    const sx = canvas.width / viewport.width;
    const sy = canvas.height / viewport.height;
    const task = slot.page.render({ canvas, viewport, transform: sx === 1 && sy === 1 ? undefined : [sx, 0, 0, sy, 0, 0] });
    slot.drawing = task;
    // The page's words asked for meanwhile (the worker reads them while the canvas is painted).
    const words = this.textLayer(slot, scale).catch(() => undefined);
    try {
      await task.promise;
    } catch (error) {
      slot.drawing = null;
      if (mine !== this.generation || (error as Error).name === 'RenderingCancelledException') return;
      throw error;
    }
    slot.drawing = null;
    slot.canvas.replaceWith(canvas);
    slot.canvas = canvas;
    slot.drawn = true;
    slot.frame.dataset['drawn'] = 'true';
    await words;
  }

  private async textLayer(slot: PageSlot, scale: number): Promise<void> {
    if (slot.texted) return;
    slot.texted = true;
    await new TextLayer({ textContentSource: slot.page.streamTextContent(), container: slot.text, viewport: slot.page.getViewport({ scale }) }).render();
  }

  private async textLayers(slots: PageSlot[], scale: number, mine: number): Promise<void> {
    for (const slot of slots) {
      if (mine !== this.generation) return;
      await this.textLayer(slot, scale).catch(() => undefined);
    }
  }

  /** Pages come near the view: drawn; pages gone far from it: their canvas let go (drawn again if they come back). */
  private onNear(entries: IntersectionObserverEntry[]): void {
    const mine = this.generation;
    for (const entry of entries) {
      const slot = this.slots.find((s) => s.frame === entry.target);
      if (!slot) continue;
      if (entry.isIntersecting) void this.draw(slot, this.scale, mine).catch(() => undefined);
      else if (slot.drawn) {
        slot.canvas.width = 0;
        slot.canvas.height = 0;
        slot.drawn = false;
        delete slot.frame.dataset['drawn'];
      } else slot.drawing?.cancel();
    }
  }

}
