import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { fill } from '../../../../shared/i18n/i18n.js';
import type { ImportedDocx } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { ModalShell } from '../modal/ModalShell.js';
import { closeImportDocx, useImportDocx } from './store.js';
import './import-docx.css';

type Which = 'fr' | 'en';
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** What the import found, before anything is opened: counts, each card, what is left to sort. */
function Review({ found }: { found: ImportedDocx }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const { summary, loaded } = found;
  const total = loaded.template.card.fields.length;
  const sortTotal = summary.toSort.cards + summary.toSort.report;
  const heading = useRef<HTMLHeadingElement>(null);
  // What was found is where the keyboard and the eye go next.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="bilan-import-docx__review" data-testid="import-docx-review">
      <h2 ref={heading} tabIndex={-1} className="fr-h6 fr-mb-1w" id="import-docx-found">
        {t('importDocx.found', { cards: summary.cards.length, ambitions: summary.ambitions.length, chapters: summary.chapters.length, images: summary.images.kept })}
      </h2>
      {summary.title && <p className="fr-text--sm fr-mb-1w">{t('importDocx.reportTitle', { title: summary.title })}</p>}
      <div className="fr-table fr-table--sm fr-mb-2w">
        <table aria-labelledby="import-docx-found">
          <thead>
            <tr>
              <th scope="col">{t('importDocx.col.card')}</th>
              <th scope="col">{t('importDocx.col.fields')}</th>
              <th scope="col">{t('importDocx.col.toSort')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.cards.map((c) => (
              <tr key={c.number} data-card-number={c.number}>
                <th scope="row">{fill(loaded.template.card.heading[lang], { number: c.number, title: c.title || '…' })}</th>
                <td>{t('importDocx.filled', { filled: c.fields.length, total })}</td>
                <td>{c.toSort ? t('importDocx.cardSort', { count: c.toSort }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="fr-text--sm fr-mb-1w">{sortTotal > 0 ? t('importDocx.toSort', summary.toSort) : t('importDocx.nothingToSort')}</p>
      {summary.images.notKept > 0 && <p className="fr-text--sm fr-mb-1w">{t('importDocx.imagesNotKept', { count: summary.images.notKept })}</p>}
      {summary.onlyFr.length > 0 && <p className="fr-text--sm fr-mb-1w">{t('importDocx.onlyFr', { numbers: summary.onlyFr.join(', ') })}</p>}
      {summary.onlyEn.length > 0 && <p className="fr-text--sm fr-mb-1w">{t('importDocx.onlyEn', { numbers: summary.onlyEn.join(', ') })}</p>}
      <p className="fr-text--sm bilan-muted fr-mb-0">{t('importDocx.nothingYet')}</p>
    </div>
  );
}

/**
 * "Importer un document Word…": the template, the French document and optionally the English
 * one; then what was found, card by card, before the report is opened in the editor, unsaved
 * (it has no file until "Enregistrer sous…"). A refused document opens nothing; the message
 * says what is wrong.
 */
function ImportDocxModal({ initialTemplate }: { initialTemplate: string | null }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const templates = useBilan((s) => s.templates);
  const [templateId, setTemplateId] = useState(initialTemplate ?? templates[0]?.id ?? '');
  const [paths, setPaths] = useState<Record<Which, string | null>>({ fr: null, en: null });
  const [error, setError] = useState<ApiError | null>(null);
  const [reading, setReading] = useState(false);
  const [found, setFound] = useState<ImportedDocx | null>(null);

  const forget = () => {
    if (found) void window.api.closeReport(found.loaded.docId);
    setFound(null);
  };
  const cancel = () => {
    forget();
    closeImportDocx();
  };
  const pick = async (which: Which) => {
    setError(null);
    const choice = await useBilan.getState().choose('docx');
    if (!choice) return;
    const reply = choice.native ? await window.api.chooseDocxFile() : await window.api.chooseDocxFile(choice.paths[0]);
    if (!reply.ok) return setError(reply.error);
    if (reply.value) {
      forget();
      setPaths((p) => ({ ...p, [which]: reply.value }));
    }
  };
  const read = async () => {
    if (!paths.fr || !templateId) return;
    setError(null);
    forget();
    setReading(true);
    const reply = paths.en ? await window.api.importDocx(templateId, paths.fr, paths.en) : await window.api.importDocx(templateId, paths.fr);
    setReading(false);
    if (reply.ok) setFound(reply.value);
    else setError(reply.error);
  };
  const create = () => {
    if (!found) return;
    const { receiveLoaded } = useBilan.getState();
    receiveLoaded({ ok: true, value: found.loaded });
    // Nothing of it is in a file yet: the report shows as unsaved until "Enregistrer sous…".
    useBilan.setState({ savedReport: null });
    closeImportDocx();
  };

  const docButton = (which: Which) => (
    <div className="bilan-import-docx__doc fr-mb-2w">
      <p className="fr-text--bold fr-mb-1v" id={`import-docx-${which}-label`}>
        {t(which === 'fr' ? 'importDocx.frDoc' : 'importDocx.enDoc')}
      </p>
      <p className="fr-text--sm fr-mb-1v" id={`import-docx-${which}-file`}>
        {paths[which] ? fileName(paths[which]) : t(which === 'fr' ? 'importDocx.noFrDoc' : 'importDocx.noEnDoc')}
      </p>
      <div className="bilan-import-docx__buttons">
        <Button type="button" size="small" priority="secondary" iconId="fr-icon-file-text-line" disabled={reading} onClick={() => void pick(which)} nativeButtonProps={{ 'aria-describedby': `import-docx-${which}-file` }}>
          {t(which === 'fr' ? 'importDocx.chooseFr' : 'importDocx.chooseEn')}
        </Button>
        {which === 'en' && paths.en && (
          <Button type="button" size="small" priority="tertiary" disabled={reading} onClick={() => (forget(), setPaths((p) => ({ ...p, en: null })))}>
            {t('importDocx.removeEn')}
          </Button>
        )}
      </div>
    </div>
  );

  return (
    <ModalShell
      className="bilan-import-docx"
      titleId="import-docx-title"
      title={t('importDocx.title')}
      closeLabel={t('importDocx.close')}
      onClose={cancel}
      actions={
        <>
          <Button type="button" priority="secondary" onClick={cancel}>
            {t('importDocx.cancel')}
          </Button>
          {found ? (
            <Button type="button" iconId="fr-icon-file-add-line" onClick={create}>
              {t('importDocx.create')}
            </Button>
          ) : (
            <Button type="button" disabled={!paths.fr || !templateId || reading} onClick={() => void read()}>
              {t('importDocx.read')}
            </Button>
          )}
        </>
      }
    >
      {error && <ErrorNotice title={t('importDocx.failed')} error={error} />}
      {found ? (
        <div className="bilan-import-docx__chosen fr-mb-2w">
          <p className="fr-text--sm fr-mb-1v">
            {t('importDocx.chosen', { template: templates.find((tpl) => tpl.id === templateId)?.name[lang] ?? templateId, fr: fileName(paths.fr ?? ''), en: paths.en ? fileName(paths.en) : t('importDocx.noEn') })}
          </p>
          <Button type="button" size="small" priority="tertiary" iconId="fr-icon-arrow-left-line" onClick={forget}>
            {t('importDocx.change')}
          </Button>
        </div>
      ) : (
        <>
          <p className="fr-text--sm">{t('importDocx.help')}</p>
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="import-docx-template">
              {t('importDocx.template')}
            </label>
            <select id="import-docx-template" className="fr-select" value={templateId} disabled={reading} onChange={(e) => (forget(), setTemplateId(e.target.value))}>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name[lang]}
                </option>
              ))}
            </select>
          </div>
          {docButton('fr')}
          {docButton('en')}
        </>
      )}
      {reading && (
        <p role="status" className="fr-text--sm">
          {t('importDocx.reading')}
        </p>
      )}
      {found && <Review found={found} />}
    </ModalShell>
  );
}

/** The dialog while it is open. */
export function ImportDocxDialog() {
  const { open, templateId } = useImportDocx();
  return open ? <ImportDocxModal initialTemplate={templateId} /> : null;
}
