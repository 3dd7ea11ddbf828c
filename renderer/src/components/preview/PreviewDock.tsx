// The "Aperçu" panel: the current card, or the whole report, as the PDF export prints it,
// beside the text. The main process draws the PDF with the export's own code (renderPreview);
// pdf.js draws it here. Refreshed a moment after typing stops (DEBOUNCE_MS): an older request
// still running is superseded, the pages shown stay until the new ones are drawn, and the scroll
// position is kept. The language follows the field being edited, or the panel's FR/EN switch.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../../shared/model/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { Drawing } from './pdf-view.js';
import './preview.css';

/** How long after the last change the preview is drawn again. */
const DEBOUNCE_MS = 300;

type Scope = 'card' | 'report';
type Status = { kind: 'idle' } | { kind: 'drawing' } | { kind: 'ready'; at: Date; pages: number } | { kind: 'failed'; message: string };

function base64Bytes(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export default function PreviewDock() {
  const t = useT();
  const uiLang = useBilan((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useState<Lang>(uiLang);
  const [scope, setScope] = useState<Scope>('card');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const docId = useBilan((s) => s.doc?.docId ?? null);
  const report = useBilan((s) => s.report);
  const cardId = useBilan((s) => (s.view.kind === 'card' ? s.view.id : null));
  const pagesRef = useRef<HTMLDivElement>(null);
  const drawing = useRef<Drawing | null>(null);
  /** The pages last drawn, shown again at once when the panel is opened again. */
  const lastPages = useRef<HTMLElement | null>(null);
  const sequence = useRef(0);
  const toggle = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

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

  const refresh = useCallback(async () => {
    if (!docId || !report) return;
    const wantCard = scope === 'card' && cardId !== null;
    const mine = ++sequence.current;
    setStatus({ kind: 'drawing' });
    const reply = await window.api.renderPreview(docId, report, { lang, ...(wantCard ? { cardId } : {}) });
    if (mine !== sequence.current) return;
    if (!reply.ok) {
      setStatus({ kind: 'failed', message: reply.error.message[uiLang] });
      return;
    }
    if (reply.value.stale) return;
    drawing.current?.cancel();
    const { drawPdf } = await import('./pdf-view.js');
    const container = pagesRef.current;
    if (!container || mine !== sequence.current) return;
    const width = Math.max(200, container.clientWidth - 32);
    const job = drawPdf(base64Bytes(reply.value.pdf), width, (n, of) => t('preview.page', { n, of }));
    drawing.current = job;
    try {
      const pages = await job.done;
      if (mine !== sequence.current) return;
      // The new pages replace the old ones at once, at the same scroll position.
      const top = container.scrollTop;
      container.replaceChildren(pages);
      container.scrollTop = top;
      lastPages.current = pages;
      setStatus({ kind: 'ready', at: new Date(), pages: pages.childElementCount });
    } catch (error) {
      if (mine === sequence.current) setStatus({ kind: 'failed', message: t('preview.drawFailed', { detail: String((error as Error).message ?? error).slice(0, 200) }) });
    }
  }, [docId, report, lang, scope, cardId, uiLang, t]);

  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(() => void refresh(), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // Not on `refresh` itself, a new function at every render (through `t`): on what is drawn.
  }, [open, docId, report, lang, scope, cardId]);

  // Opened: the focus on its heading; closed: back on its button.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (open && lastPages.current) pagesRef.current?.replaceChildren(lastPages.current);
    if (open) heading.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      toggle.current?.focus();
    }
  }, [open]);

  const close = () => {
    setOpen(false);
    drawing.current?.cancel();
    sequence.current++;
    setStatus({ kind: 'idle' });
    returnFocus.current = true;
  };


  const time = status.kind === 'ready' ? new Intl.DateTimeFormat(uiLang === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'medium' }).format(status.at) : '';
  return (
    <>
      {!open && (
        <button ref={toggle} type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-eye-line fr-btn--icon-left bilan-preview-toggle" aria-expanded="false" aria-controls="bilan-preview" onClick={() => setOpen(true)}>
          {t('preview.open')}
        </button>
      )}
      {open && (
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
          <p className="bilan-preview__status" role="status">
            {status.kind === 'drawing' && t('preview.drawing')}
            {status.kind === 'ready' && t('preview.ready', { time, pages: status.pages })}
            {status.kind === 'failed' && <span className="bilan-preview__error">{status.message}</span>}
            {scope === 'card' && cardId === null && status.kind !== 'drawing' && ` ${t('preview.noCardShown')}`}
          </p>
          <div ref={pagesRef} className="bilan-preview__scroll" role="region" tabIndex={0} aria-label={t('preview.pagesLabel')} />
        </aside>
      )}
    </>
  );
}
