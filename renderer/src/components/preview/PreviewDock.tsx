// The "Aperçu" panel: the current card, or the whole report, as the PDF export prints it,
// beside the text. The main process draws the PDF with the export's own code (renderPreview);
// pdf.js draws it here (PdfPages). Refreshed once typing has stopped: QUIET_MS after the last key
// the rich-text field being typed in is asked for its text at once (it would otherwise wait for a
// pause of its own on top of this one), then the report as it is now is drawn; a change made
// without typing (undo, a choice, another card) is drawn GATHER_MS after it. An older request still
// running is superseded, the pages shown stay until the new ones in view are drawn, and the scroll
// position is kept. The language follows the field being edited, or the panel's FR/EN switch. The
// zoom (fit to the width, or 50 to 200 % of the printed size) is kept for the session.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { withoutVersions } from '../../../../shared/history/versions.js';
import type { Lang } from '../../../../shared/model/localized.js';
import type { Report } from '../../../../shared/model/report.js';
import { flushPendingEdits } from '../../editor/pending-edits.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { PdfPages } from './pdf-view.js';
import { isPreviewKey, PREVIEW_TOGGLE_ID, usePreviewOpen } from './preview-open.js';
import { MAX_ZOOM, MIN_ZOOM, stepZoom, type Zoom } from './zoom.js';
import './preview.css';

/** How long after the last key typed anywhere in the window the preview may be drawn again. */
const QUIET_MS = 250;
/** The least wait after a change, so that changes made together are drawn once. */
const GATHER_MS = 30;

/** When a key was last typed in the window (the preview waits for typing to stop), and who waits. */
let lastKeyAt = 0;
const typing = new Set<() => void>();
const noteKey = () => {
  lastKeyAt = performance.now();
  for (const listener of typing) listener();
};
document.addEventListener('keydown', noteKey, true);
document.addEventListener('input', noteKey, true);

/** The zoom chosen, kept while the window is open (across cards, and when the panel closes). */
let sessionZoom: Zoom = { kind: 'fit' };

type Scope = 'card' | 'report';
/** What a refresh draws: the same again is not asked for twice. */
interface Drawing {
  docId: string;
  report: Report;
  lang: Lang;
  scope: Scope;
  cardId: string | null;
}
const sameDrawing = (a: Drawing | null, b: Drawing) => a !== null && a.docId === b.docId && a.report === b.report && a.lang === b.lang && a.scope === b.scope && a.cardId === b.cardId;
type Status = { kind: 'idle' } | { kind: 'drawing' } | { kind: 'ready'; at: Date; pages: number } | { kind: 'failed'; message: string };

function base64Bytes(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const isSuperseded = (error: unknown) => error instanceof Error && error.message === 'superseded';

export default function PreviewDock() {
  const t = useT();
  const uiLang = useBilan((s) => s.lang);
  const { open, setOpen } = usePreviewOpen();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [scope, setScope] = useState<Scope>('card');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [zoom, setZoom] = useState<Zoom>(sessionZoom);
  /** The zoom as shown, in percent of the printed size (what "fit" gives, when fitting). */
  const [percent, setPercent] = useState<number | null>(null);
  const docId = useBilan((s) => s.doc?.docId ?? null);
  const report = useBilan((s) => s.report);
  const cardId = useBilan((s) => (s.view.kind === 'card' ? s.view.id : null));
  const pagesRef = useRef<HTMLDivElement>(null);
  /** The pages shown, kept while the window is open (shown again at once when the panel opens again). */
  const view = useRef<PdfPages | null>(null);
  const sequence = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const label = useRef(t);
  label.current = t;

  /** The pages' view in the panel's scrolling element, pdf.js loaded the first time. */
  const pagesView = useCallback(async (): Promise<PdfPages | null> => {
    const { PdfPages } = await import('./pdf-view.js');
    const scroller = pagesRef.current;
    if (!scroller) return null;
    if (!view.current) view.current = new PdfPages(scroller, sessionZoom, (n, of) => label.current('preview.page', { n, of }), (p) => setPercent(p));
    else view.current.attach(scroller);
    return view.current;
  }, []);

  // The window leaves the editor: pdf.js lets the pages go.
  useEffect(
    () => () => {
      view.current?.destroy();
      view.current = null;
    },
    [],
  );

  // Ctrl+F2 opens and closes the preview wherever the focus is (View > Print preview).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isPreviewKey(event) || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      usePreviewOpen.getState().toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The language of the field being edited.
  useEffect(() => {
    if (!open) return;
    const onFocus = (event: FocusEvent) => {
      const el = event.target instanceof Element ? event.target.closest('[lang]') : null;
      if (!el || el.closest('.bilan-preview')) return;
      const fieldLang = el.getAttribute('lang');
      if ((fieldLang === 'fr' || fieldLang === 'en') && el.matches('textarea, input, [contenteditable="true"]')) setLang(fieldLang);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [open]);

  // The page's content leaves room for the panel.
  useEffect(() => {
    document.body.classList.toggle('bilan-preview-open', open);
    return () => document.body.classList.remove('bilan-preview-open');
  }, [open]);

  /** The panel's own choices, as last rendered (a refresh reads the report from the store itself). */
  const choices = useRef({ lang, scope });
  choices.current = { lang, scope };
  /** What was last asked for, so that a change already drawn is not drawn again. */
  const asked = useRef<Drawing | null>(null);

  /** Draws the report as the store holds it now, unless that very drawing was already asked for. */
  const refresh = useCallback(async () => {
    const state = useBilan.getState();
    if (!state.doc || !state.report) return;
    const drawing: Drawing = { docId: state.doc.docId, report: state.report, ...choices.current, cardId: state.view.kind === 'card' ? state.view.id : null };
    if (sameDrawing(asked.current, drawing)) return;
    asked.current = drawing;
    const wantCard = drawing.scope === 'card' && drawing.cardId !== null;
    const mine = ++sequence.current;
    setStatus({ kind: 'drawing' });
    // The cards' versions print nowhere: not sent with each refresh (they grow with every save).
    const reply = await window.api.renderPreview(drawing.docId, withoutVersions(drawing.report), { lang: drawing.lang, ...(wantCard && drawing.cardId !== null ? { cardId: drawing.cardId } : {}) });
    if (mine !== sequence.current) return;
    if (!reply.ok) {
      asked.current = null;
      setStatus({ kind: 'failed', message: reply.error.message[state.lang] });
      return;
    }
    if (reply.value.stale) return;
    const pages = await pagesView();
    if (!pages || mine !== sequence.current) return;
    try {
      await pages.show(base64Bytes(reply.value.pdf));
      if (mine === sequence.current) setStatus({ kind: 'ready', at: new Date(), pages: pages.pages });
    } catch (error) {
      if (mine === sequence.current && !isSuperseded(error)) {
        asked.current = null;
        setStatus({ kind: 'failed', message: label.current('preview.drawFailed', { detail: String((error as Error).message ?? error).slice(0, 200) }) });
      }
    }
  }, [pagesView]);

  /** The refresh waiting for typing to stop, if any. */
  const timer = useRef(0);
  /** Draws again once typing has stopped, and no sooner than GATHER_MS from now. */
  const schedule = useCallback(() => {
    if (timer.current) return; // the one waiting looks at the last key again when it is due
    const due = () => {
      const left = lastKeyAt + QUIET_MS - performance.now();
      if (left > 0) {
        timer.current = window.setTimeout(due, left);
        return;
      }
      timer.current = 0;
      // Typing has stopped: the field typed in hands its text over now, not after its own pause.
      flushPendingEdits();
      void refresh();
    };
    timer.current = window.setTimeout(due, Math.max(GATHER_MS, lastKeyAt + QUIET_MS - performance.now()));
  }, [refresh]);

  // Open: drawn after each key typed (once typing stops) and after each change of what it shows.
  useEffect(() => {
    if (!open) return;
    typing.add(schedule);
    return () => {
      typing.delete(schedule);
      window.clearTimeout(timer.current);
      timer.current = 0;
    };
  }, [open, schedule]);
  useEffect(() => {
    if (open) schedule();
  }, [open, schedule, docId, report, lang, scope, cardId]);

  // Opened (its button, View > Print preview, Ctrl+F2): the pages drawn last at once, the focus
  // on its heading; closed (Escape, its button, the menu, the key): the drawing stopped, the focus
  // back on its button.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && view.current && pagesRef.current) view.current.attach(pagesRef.current);
    if (open) heading.current?.focus();
    else if (wasOpen.current) {
      view.current?.detach();
      sequence.current++;
      asked.current = null;
      setStatus({ kind: 'idle' });
      // Back to the bar's button, or to the page when the bar is gone (the report closed).
      const toggle = document.getElementById(PREVIEW_TOGGLE_ID);
      if (toggle) toggle.focus();
      else document.getElementById('main')?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  // A new zoom: the same pages drawn again at it, and kept for the session.
  const chooseZoom = (next: Zoom) => {
    sessionZoom = next;
    setZoom(next);
    void view.current?.setZoom(next).catch((error: unknown) => {
      if (!isSuperseded(error)) setStatus({ kind: 'failed', message: t('preview.drawFailed', { detail: String((error as Error).message ?? error).slice(0, 200) }) });
    });
  };
  // The percent asked for at once; when fitting, what the width gives once drawn.
  const shown = zoom.kind === 'percent' ? zoom.percent : (percent ?? 100);
  const zoomBy = (direction: 1 | -1) => {
    chooseZoom({ kind: 'percent', percent: stepZoom(shown, direction) });
  };
  const atMin = shown <= MIN_ZOOM;
  const atMax = shown >= MAX_ZOOM;

  // Fitting the width: drawn again when the panel's width changes.
  useEffect(() => {
    const scroller = pagesRef.current;
    if (!open || zoom.kind !== 'fit' || !scroller) return;
    let width = scroller.clientWidth;
    let timer = 0;
    const observer = new ResizeObserver(() => {
      if (scroller.clientWidth === width) return;
      width = scroller.clientWidth;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void view.current?.setZoom({ kind: 'fit' }).catch(() => undefined), 150);
    });
    observer.observe(scroller);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [open, zoom]);

  const onPagesKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoomBy(1);
    else if (event.key === '-') zoomBy(-1);
    else if (event.key === '0') chooseZoom({ kind: 'fit' });
    else return;
    event.preventDefault();
  };

  const close = () => setOpen(false);

  const time = status.kind === 'ready' ? new Intl.DateTimeFormat(uiLang === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'medium' }).format(status.at) : '';
  if (!open) return null;
  return (
    <aside id="bilan-preview" className="bilan-preview" aria-labelledby="bilan-preview-title" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}>
      <div className="bilan-preview__bar">
        <h2 id="bilan-preview-title" ref={heading} tabIndex={-1} className="fr-h6 bilan-preview__title">
          {t('preview.title')}
        </h2>
        <fieldset className="bilan-preview__choice">
          <legend className="fr-sr-only">{t('preview.langLegend')}</legend>
          {(['fr', 'en'] as const).map((l) => (
            <label key={l} className={lang === l ? 'bilan-preview__chip bilan-preview__chip--on' : 'bilan-preview__chip'}>
              <input type="radio" name="bilan-preview-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
              <span lang={l}>{l.toUpperCase()}</span>
              <span className="fr-sr-only">{t(l === 'fr' ? 'spelling.french' : 'spelling.english')}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="bilan-preview__choice">
          <legend className="fr-sr-only">{t('preview.scopeLegend')}</legend>
          {(['card', 'report'] as const).map((s) => (
            <label key={s} className={scope === s ? 'bilan-preview__chip bilan-preview__chip--on' : 'bilan-preview__chip'}>
              <input type="radio" name="bilan-preview-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
              <span>{t(s === 'card' ? 'preview.scopeCard' : 'preview.scopeReport')}</span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-close-line fr-btn--icon-left bilan-preview__close" onClick={close}>
          {t('preview.close')}
        </button>
      </div>
      <div className="bilan-preview__zoom" role="group" aria-label={t('preview.zoomLegend')}>
        <button type="button" className="bilan-preview__zoom-step" aria-label={t('preview.zoomOut')} title={t('preview.zoomOut')} aria-disabled={atMin} onClick={() => !atMin && zoomBy(-1)}>
          <span aria-hidden="true">−</span>
        </button>
        <span className="bilan-preview__percent" aria-live="polite" aria-atomic="true">
          {t('preview.percent', { n: shown })}
        </span>
        <button type="button" className="bilan-preview__zoom-step" aria-label={t('preview.zoomIn')} title={t('preview.zoomIn')} aria-disabled={atMax} onClick={() => !atMax && zoomBy(1)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="bilan-preview__chip bilan-preview__fit" aria-pressed={zoom.kind === 'fit'} onClick={() => chooseZoom({ kind: 'fit' })}>
          {t('preview.fit')}
        </button>
      </div>
      <p className="bilan-preview__status" role="status">
        {status.kind === 'drawing' && t('preview.drawing')}
        {status.kind === 'ready' && t('preview.ready', { time, pages: status.pages })}
        {status.kind === 'failed' && <span className="bilan-preview__error">{status.message}</span>}
        {scope === 'card' && cardId === null && status.kind !== 'drawing' && ` ${t('preview.noCardShown')}`}
      </p>
      <div ref={pagesRef} className="bilan-preview__scroll" role="region" tabIndex={0} aria-label={t('preview.pagesLabel')} aria-keyshortcuts="+ - 0" onKeyDown={onPagesKey} />
    </aside>
  );
}
