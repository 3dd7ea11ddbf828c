import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../../shared/model/limits.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { anchorId, DETAILS_ANCHORS } from '../../store/slices/editor-view.js';
import { DateFields } from '../fields/DateFields.js';
import { FieldBlock } from '../fields/FieldBlock.js';
import { LocalizedTextInput } from '../fields/TextInputs.js';

/**
 * The date of publication, as day, month and year in the interface's language (see
 * DateFields). While a date is half typed or does not exist (31 February) the date kept stays
 * as it was, and leaving the field says so.
 */
function PublishedInput({ labelId, helpId }: { labelId: string; helpId: string }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const published = useBilan((s) => s.report!.published);
  const setPublished = useBilan((s) => s.setPublished);
  const [bad, setBad] = useState(false);
  // Whether what is typed now is a whole date (or nothing), for when the field is left.
  const whole = useRef(true);
  useEffect(() => {
    whole.current = true;
    setBad(false);
  }, [published]);
  const errorId = `${DETAILS_ANCHORS.published}-error`;
  const kept = published ? new Date(`${published}T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }) : t('details.noDate');
  return (
    <div className={`fr-input-group bilan-details__date${bad ? ' fr-input-group--error' : ''}`}>
      <DateFields
        id={`${DETAILS_ANCHORS.published}-date`}
        value={published ?? ''}
        labelledBy={labelId}
        describedBy={bad ? `${helpId} ${errorId}` : helpId}
        invalid={bad}
        onChange={(date) => {
          whole.current = date !== null;
          if (date === null) return;
          setBad(false);
          setPublished(date === '' ? null : date);
        }}
        onBlur={(event) => {
          // Leaving one of its fields for another is not leaving the date.
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          setBad(!whole.current);
        }}
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
