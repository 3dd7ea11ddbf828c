import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../../shared/model/limits.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { anchorId, DETAILS_ANCHORS } from '../../store/slices/editor-view.js';
import { FieldBlock } from '../fields/FieldBlock.js';
import { LocalizedTextInput } from '../fields/TextInputs.js';

/**
 * The date of publication. A date input reports nothing while a date is half typed or does not
 * exist (31 February): the date kept stays as it was, and leaving the field says so.
 */
function PublishedInput({ labelId, helpId }: { labelId: string; helpId: string }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const published = useBilan((s) => s.report!.published);
  const setPublished = useBilan((s) => s.setPublished);
  const [bad, setBad] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  // Not controlled, so that what is half typed stays; an undo or redo still shows here.
  useEffect(() => {
    const input = ref.current;
    if (input && input.value !== (published ?? '')) {
      input.value = published ?? '';
      setBad(false);
    }
  }, [published]);
  const errorId = `${DETAILS_ANCHORS.published}-error`;
  const kept = published ? new Date(`${published}T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }) : t('details.noDate');
  return (
    <div className={`fr-input-group bilan-details__date${bad ? ' fr-input-group--error' : ''}`}>
      <input
        ref={ref}
        className={`fr-input${bad ? ' fr-input--error' : ''}`}
        type="date"
        min="1900-01-01"
        max="2200-12-31"
        aria-labelledby={labelId}
        aria-describedby={bad ? `${helpId} ${errorId}` : helpId}
        aria-invalid={bad || undefined}
        defaultValue={published ?? ''}
        onChange={(e) => {
          if (!e.target.validity.valid) return;
          setBad(false);
          setPublished(e.target.value === '' ? null : e.target.value);
        }}
        onBlur={(e) => setBad(!e.target.validity.valid)}
      />
      {bad && (
        <p id={errorId} className="fr-error-text">
          {t('details.badDate', { kept })}
        </p>
      )}
      {published && (
        <Button size="small" priority="tertiary no outline" iconId="fr-icon-close-line" onClick={() => setPublished(null)}>
          {t('details.clearDate')}
        </Button>
      )}
    </div>
  );
}

/** The cover's details: title and issuer in both languages, the period, the date of publication. */
export function CoverFields() {
  const t = useT();
  const report = useBilan((s) => s.report!);
  const setPeriod = useBilan((s) => s.setPeriod);
  const title = { kind: 'report' as const, part: 'title' as const };
  const issuer = { kind: 'report' as const, part: 'issuer' as const };
  return (
    <section aria-labelledby="details-cover" className="bilan-details__section">
      <h2 id="details-cover" className="fr-h5">
        {t('details.cover')}
      </h2>
      <FieldBlock id={anchorId(title)} label={t('details.reportTitle')} help={t('details.reportTitleHelp')} required level={3}>
        {({ helpId }) => <LocalizedTextInput path={title} value={report.title} label={t('details.reportTitle')} describedBy={helpId} />}
      </FieldBlock>
      <FieldBlock id={DETAILS_ANCHORS.period} label={t('details.period')} help={t('details.periodHelp')} required level={3}>
        {({ labelId, helpId }) => (
          <input className="fr-input bilan-details__period" maxLength={LIMITS.plainLength} aria-labelledby={labelId} aria-describedby={helpId} value={report.period} onChange={(e) => setPeriod(e.target.value)} />
        )}
      </FieldBlock>
      <FieldBlock id={anchorId(issuer)} label={t('details.issuer')} help={t('details.issuerHelp')} required level={3}>
        {({ helpId }) => <LocalizedTextInput path={issuer} value={report.issuer} label={t('details.issuer')} describedBy={helpId} />}
      </FieldBlock>
      <FieldBlock id={DETAILS_ANCHORS.published} label={t('details.published')} help={t('details.publishedHelp')} required={false} level={3}>
        {({ labelId, helpId }) => <PublishedInput labelId={labelId} helpId={helpId} />}
      </FieldBlock>
    </section>
  );
}
