import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import type { ExportFormatName } from '../../../../shared/ipc/dto.js';
import type { Lang } from '../../../../shared/model/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ExportReviewChoice } from '../review/ExportReviewChoice.js';

const FORMATS: ExportFormatName[] = ['pdf', 'docx'];
const LANGS: Lang[] = ['fr', 'en'];

/** The export's formats, languages and destination folder. */
export function ExportChoices() {
  const t = useT();
  const form = useBilan((s) => s.exportForm);
  const { toggleExportChoice, chooseExportFolder } = useBilan.getState();
  const review = useBilan((s) => s.exportReview);
  const checked = useBilan((s) => s.exportCheck !== null);
  // Side by side on a laptop's screen: the check's list below gets the height.
  return (
    <div className="bilan-export__choices">
      <ExportReviewChoice />
      <Checkbox
        legend={t('export.formats')}
        orientation="horizontal"
        options={FORMATS.map((f) => ({ label: t(`export.format.${f}`), nativeInputProps: { name: 'export-format', value: f, checked: form.formats.includes(f), disabled: review && f !== 'pdf', onChange: () => toggleExportChoice('formats', f) } }))}
      />
      <Checkbox
        legend={t('export.langs')}
        orientation="horizontal"
        options={LANGS.map((l) => ({ label: t(`lang.${l}`), nativeInputProps: { name: 'export-lang', value: l, lang: l, checked: form.langs.includes(l), onChange: () => toggleExportChoice('langs', l) } }))}
      />
      <div className="fr-mb-3w bilan-export__folder" role="group" aria-labelledby="export-folder-label">
        <p id="export-folder-label" className="fr-mb-1v fr-text--bold">
          {t('export.folder')}
        </p>
        <p className="fr-mb-1w bilan-export__path" data-testid="export-folder">
          {form.folder ?? t('export.noFolder')}
        </p>
        {/* Checked, without a folder: choosing one is the next step, so the blue button. */}
        <Button size="small" priority={checked && !form.folder ? 'primary' : 'secondary'} iconId="fr-icon-folder-2-line" onClick={() => void chooseExportFolder()}>
          {t('export.choose')}
        </Button>
      </div>
    </div>
  );
}
