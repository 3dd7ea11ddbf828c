// Draws a PDF's pages with pdf.js (pdfjs-dist), its worker bundled with the page (no CDN, no
// eval: the window's CSP allows neither). Loaded only when the preview is first opened.
import { getDocument, GlobalWorkerOptions, TextLayer } from 'pdfjs-dist';

let workerReady = false;

function startWorker(): void {
  if (workerReady) return;
  GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'bilan-pdf' });
  workerReady = true;
}

/** A cancellable drawing of a PDF into a new element; the caller swaps it in when done. */
export interface Drawing {
  done: Promise<HTMLElement>;
  cancel(): void;
}

/**
 * Draws every page of `bytes` at `width` CSS pixels (sharp on high-density screens) as a
 * canvas under its text layer (the words are selectable and readable by screen readers).
 */
export function drawPdf(bytes: Uint8Array, width: number, pageLabel: (n: number, of: number) => string): Drawing {
  startWorker();
  let cancelled = false;
  const task = getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: false, verbosity: 0 });
  const done = (async () => {
    const pdf = await task.promise;
    const root = document.createElement('div');
    root.className = 'bilan-preview__pages';
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        if (cancelled) throw new Error('cancelled');
        const page = await pdf.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const scale = width / base.width;
        const viewport = page.getViewport({ scale });
        const ratio = window.devicePixelRatio || 1;
        const frame = document.createElement('div');
        frame.className = 'bilan-preview__page';
        frame.setAttribute('role', 'group');
        frame.setAttribute('aria-label', pageLabel(n, pdf.numPages));
        frame.style.width = `${viewport.width}px`;
        frame.style.height = `${viewport.height}px`;
        frame.style.setProperty('--scale-factor', String(scale));
        frame.style.setProperty('--total-scale-factor', String(scale));
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.setAttribute('aria-hidden', 'true');
        frame.append(canvas);
        await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
        const text = document.createElement('div');
        text.className = 'bilan-preview__text textLayer';
        frame.append(text);
        await new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
        root.append(frame);
        page.cleanup();
      }
    } finally {
      void pdf.destroy();
    }
    return root;
  })();
  return {
    done,
    // Stops after the page being drawn; the document is then let go (destroying the loading
    // task itself would take the shared worker down with it).
    cancel() {
      cancelled = true;
    },
  };
}
