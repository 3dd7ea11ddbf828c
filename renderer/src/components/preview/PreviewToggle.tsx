import { useT } from '../../i18n/useT.js';
import { PREVIEW_TOGGLE_ID, usePreviewOpen } from './preview-open.js';

/**
 * The "Aperçu" button of the editor's bar, beside its other actions: it opens and closes the
 * print preview (as View > Print preview and Ctrl+F2 do), and says whether it is open. In the
 * bar it covers nothing of the page, which scrolls under the bar, not under it.
 */
export function PreviewToggle() {
  const t = useT();
  const open = usePreviewOpen((s) => s.open);
  const toggle = usePreviewOpen((s) => s.toggle);
  return (
    <button
      id={PREVIEW_TOGGLE_ID}
      type="button"
      className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-eye-line fr-btn--icon-left bilan-preview-toggle"
      aria-expanded={open}
      aria-controls="bilan-preview"
      aria-keyshortcuts="Control+F2"
      onClick={toggle}
    >
      {t('preview.open')}
    </button>
  );
}
