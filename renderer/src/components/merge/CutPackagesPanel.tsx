import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { DateFields } from '../fields/DateFields.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { CutResult, type CutRequest } from './CutResult.js';
import './merge.css';

/** Cutting one contribution package per lead institution: a deadline, a message, a folder. */
export function CutPackagesPanel() {
  const t = useT();
  const busy = useBilan((s) => s.mergeBusy);
  const error = useBilan((s) => s.mergeError);
  const cut = useBilan((s) => s.lastCut);
  const cutPackages = useBilan((s) => s.cutPackages);
  const [deadline, setDeadline] = useState('');
  const [message, setMessage] = useState('');
  // The deadline and message the packages were cut with: the e-mails repeat these, not later edits.
  const [sent, setSent] = useState<CutRequest | null>(null);
  return (
    <section aria-labelledby="cut-heading" className="bilan-merge">
      <h1 id="cut-heading" className="fr-h3">
        {t('merge.cut.title')}
      </h1>
      <p className="fr-text--lead">{t('merge.cut.intro')}</p>
      {error && <ErrorNotice title={t('merge.cut.title')} error={error} />}
      <form
        className="bilan-merge__form"
        onSubmit={(e) => {
          e.preventDefault();
          const request = { deadline: deadline || null, message };
          setSent(request);
          void cutPackages(request);
        }}
      >
        <div className="fr-input-group">
          <p className="fr-label" id="cut-deadline-label">
            {t('merge.cut.deadline')}
          </p>
          {/* An unfinished date counts as none until it is whole. */}
          <DateFields id="cut-deadline" value={deadline} onChange={(date) => setDeadline(date ?? '')} labelledBy="cut-deadline-label" />
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="cut-message">
            {t('merge.cut.message')}
          </label>
          <textarea id="cut-message" className="fr-input" rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />
        </div>
        <Button type="submit" iconId="fr-icon-folder-2-line" disabled={busy}>
          {t('merge.cut.submit')}
        </Button>
      </form>
      {cut && <CutResult cut={cut} request={sent ?? { deadline: deadline || null, message }} />}
    </section>
  );
}
