import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { Card } from '../../../../shared/model/report.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { DateFields } from '../fields/DateFields.js';
import { Downloads } from '../host/Downloads.js';

/**
 * "Send back for changes" for one institution: the package will hold its cards that need
 * changes, their comments and this message. Written into a folder the user chooses; the report
 * records it in its register, as every package it cuts.
 */
export function SendBack({ institution, name, cards }: { institution: string; name: string; cards: Card[] }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const busy = useBilan((s) => s.sendingBack);
  const error = useBilan((s) => s.sendBackError);
  const sent = useBilan((s) => (s.lastSentBack?.institution === institution ? s.lastSentBack : null));
  const sendBack = useBilan((s) => s.sendBack);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [deadline, setDeadline] = useState('');
  const id = `send-back-${institution}`;
  if (!open && !sent) {
    return (
      <Button size="small" iconId="fr-icon-mail-line" onClick={() => setOpen(true)}>
        {t('sendBack.button', { n: cards.length })}
      </Button>
    );
  }
  return (
    <div className="bilan-send-back" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fr-h6 fr-mb-1w">
        {t('sendBack.title', { name })}
      </h3>
      {sent ? (
        <div className="fr-alert fr-alert--success fr-alert--sm" role="status">
          <p>{t('sendBack.done', { file: sent.fileName, folder: sent.folder, n: sent.cards })}</p>
          <Downloads folder={sent.folder} files={[`${sent.folder}/${sent.fileName}`]} />
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void sendBack(institution, message, deadline || null).then((done) => done && setOpen(false));
          }}
        >
          <p className="fr-text--sm fr-mb-1w">{t('sendBack.intro')}</p>
          <ul className="fr-text--sm">
            {cards.map((c) => (
              <li key={c.id}>{cardHeading(report, template, c.id, lang)}</li>
            ))}
          </ul>
          {error && <ErrorNotice title={t('sendBack.failed')} error={error} />}
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`${id}-message`}>
              {t('sendBack.message')}
              <span className="fr-hint-text">{t('sendBack.messageHint')}</span>
            </label>
            <textarea id={`${id}-message`} className="fr-input" rows={3} maxLength={10_000} value={message} onChange={(e) => setMessage(e.target.value)} />
          </div>
          <div className="fr-input-group">
            <p className="fr-label" id={`${id}-deadline-label`}>
              {t('merge.cut.deadline')}
            </p>
            <DateFields id={`${id}-deadline`} value={deadline} onChange={(date) => setDeadline(date ?? '')} labelledBy={`${id}-deadline-label`} />
          </div>
          <div className="bilan-comment-form__actions">
            <Button type="submit" size="small" iconId="fr-icon-folder-2-line" disabled={busy}>
              {t('sendBack.submit')}
            </Button>
            <Button type="button" size="small" priority="tertiary" onClick={() => setOpen(false)}>
              {t('comments.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
