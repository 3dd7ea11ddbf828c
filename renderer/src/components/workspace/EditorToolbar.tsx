import { Button } from '@codegouvfr/react-dsfr/Button';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { type ReactNode, useRef, useState } from 'react';
import { contentIn } from '../../../../shared/report/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ExportIndicator } from '../export/ExportProgress.js';
import { isContributor } from '../../store/slices/contribution.js';
import { isDirty } from '../../store/slices/document.js';
import type { LangMode } from '../../store/slices/editor-view.js';
import { PreviewToggle } from '../preview/PreviewToggle.js';
import { FileChangedNotice } from './FileChangedNotice.js';
import { SaveStatus } from './SaveStatus.js';
import { useCompactBar } from './useCompactBar.js';

const MODES: LangMode[] = ['both', 'fr', 'en'];

/**
 * A title as the bar shows it: a range of numbers ("2018–2020") kept on one line, whose dash a
 * browser would otherwise break after ("…pour la France 2018–" / "2020 – Autoévaluation…").
 */
function keepRanges(title: string): ReactNode[] {
  // split() with a capturing group: the ranges at the odd places.
  return title.split(/(\d+[–-]\d+)/).map((part, i) => (i % 2 === 1 ? <span key={i} className="bilan-nowrap">{part}</span> : part));
}

/** The editor's bar: the report's name, undo and redo, the languages shown, save, close; one row once the page scrolls. */
export function EditorToolbar() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const doc = useBilan((s) => s.doc!);
  const title = useBilan((s) => s.report!.title);
  const canUndo = useBilan((s) => s.history.past.length > 0);
  const canRedo = useBilan((s) => s.history.future.length > 0);
  const dirty = useBilan(isDirty);
  const { undo, redo, save, closeDocument, setLangMode } = useBilan.getState();
  const { showView, startImport, openSend } = useBilan.getState();
  const contributor = useBilan(isContributor);
  const mode = useBilan((s) => s.langMode);
  const [confirming, setConfirming] = useState(false);
  const [a, b, c] = MODES.map((m) => ({
    label: t(`mode.${m}`),
    nativeInputProps: { checked: mode === m, onChange: () => setLangMode(m), value: m },
  }));
  const shownTitle = contentIn(title, lang) || contentIn(title, 'fr') || t('doc.untitled');
  const fileName = doc.fileName ?? t('doc.noFile');
  const close = () => (dirty ? setConfirming(true) : void closeDocument());
  const bar = useRef<HTMLDivElement>(null);
  const compact = useCompactBar(bar);
  return (
    <div ref={bar} className={compact ? 'bilan-toolbar bilan-toolbar--compact' : 'bilan-toolbar'}>
      <div className="bilan-toolbar__row">
        {/* The title has the row's room (two balanced lines at most, whole in its tooltip); the
            file's name and whether it is saved stand beside it, one under the other. */}
        <div className="bilan-toolbar__doc">
          <p className="bilan-toolbar__title" title={shownTitle}>
            {keepRanges(shownTitle)}
          </p>
        </div>
        <div className="bilan-toolbar__state">
          <p className="bilan-toolbar__file" title={fileName}>
            {fileName}
          </p>
          <SaveStatus />
        </div>
        <div className="bilan-toolbar__langs">
          <SegmentedControl small legend={t('mode.legend')} inlineLegend name="lang-mode" segments={[a!, b!, c!]} />
        </div>
        <PreviewToggle />
      </div>
      <div className="bilan-toolbar__row bilan-toolbar__actions">
        <Button size="small" priority="tertiary" iconId="fr-icon-arrow-go-back-line" title={t('edit.undo')} disabled={!canUndo} onClick={undo} />
        <Button size="small" priority="tertiary" iconId="fr-icon-arrow-go-forward-line" title={t('edit.redo')} disabled={!canRedo} onClick={redo} />
        <Button size="small" priority={contributor ? 'secondary' : 'primary'} iconId="fr-icon-save-line" onClick={() => void save(false)}>
          {t('save.save')}
        </Button>
        {/* Folded away once the page scrolls: the File menu has them, and the text needs the room. */}
        <Button className="bilan-toolbar__more" size="small" priority="secondary" onClick={() => void save(true)}>
          {t('save.saveAs')}
        </Button>
        {contributor ? (
          <Button size="small" iconId="fr-icon-send-plane-line" onClick={openSend}>
            {t('contributor.send')}
          </Button>
        ) : (
          <>
            <Button className="bilan-toolbar__more" size="small" priority="tertiary" onClick={() => showView({ kind: 'packages' })}>
              {t('merge.cutOpen')}
            </Button>
            <Button className="bilan-toolbar__more" size="small" priority="tertiary" onClick={() => void startImport()}>
              {t('merge.importOpen')}
            </Button>
            <ExportIndicator />
          </>
        )}
        <Button className="bilan-toolbar__close" size="small" priority="tertiary no outline" iconId="fr-icon-close-line" onClick={close}>
          {t('doc.close')}
        </Button>
      </div>
      <FileChangedNotice />
      {confirming && (
        <div className="fr-alert fr-alert--warning fr-alert--sm bilan-toolbar__confirm" role="alertdialog" aria-label={t('doc.closeConfirm')}>
          <p>{t('doc.closeConfirm')}</p>
          <div className="bilan-toolbar__confirm-actions">
            <Button size="small" priority="secondary" onClick={() => setConfirming(false)}>
              {t('doc.keepEditing')}
            </Button>
            <Button size="small" priority="primary" onClick={() => void closeDocument()}>
              {t('doc.closeAnyway')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
