import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { Card } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

interface Props {
  card: Card;
  /** Whether cards may be moved and deleted (not in a contribution package). */
  editable: boolean;
  /** Tells the section what happened, for its live message; `gone` when the card was deleted. */
  onDone(message: string, gone?: boolean): void;
}

/** One card under its ambition: open it, move it to another ambition, or delete it after asking. */
export function CardEntry({ card, editable, onDone }: Props) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const { showView, moveCard, removeCard } = useBilan.getState();
  const [confirming, setConfirming] = useState(false);
  const group = template.group.name[lang];
  const heading = cardHeading(report, template, card.id, lang);
  const selectId = `card-${card.id}-group`;
  const deleteId = `card-${card.id}-delete`;
  const title = card.fields[template.card.titleField];
  const text = (title?.kind === 'text' && (contentIn(title, lang) || contentIn(title, 'fr'))) || t('outline.untitled');
  return (
    <li className="bilan-details__card" data-card={card.id}>
      <div className="bilan-details__card-row">
        <span className="bilan-outline__number">{card.number}</span>
        <span className="bilan-details__card-title">{text}</span>
        <Button size="small" priority="tertiary no outline" iconId="fr-icon-edit-line" onClick={() => showView({ kind: 'card', id: card.id })} title={t('details.openCard', { number: card.number })}>
          {t('details.open')}
        </Button>
        {editable && (
          <>
            <div className="bilan-details__move">
              <label className="fr-label fr-sr-only" htmlFor={selectId}>
                {t('details.cardGroup', { group, number: card.number })}
              </label>
              <select
                id={selectId}
                className="fr-select"
                value={card.ambition ?? ''}
                onChange={(e) => {
                  const reply = moveCard(card.id, e.target.value);
                  if (reply.ok) onDone(t('details.cardMoved', { number: card.number, group: e.target.selectedOptions[0]?.text ?? '' }));
                }}
              >
                {card.ambition === null && (
                  <option value="" disabled>
                    {t('details.chooseGroup')}
                  </option>
                )}
                {report.ambitions.map((a, i) => (
                  <option key={a.id} value={a.id}>
                    {t('outline.ambition', { group, n: i + 1 })}
                    {(contentIn(a.title, lang) || contentIn(a.title, 'fr')) && ` – ${contentIn(a.title, lang) || contentIn(a.title, 'fr')}`}
                  </option>
                ))}
              </select>
            </div>
            <Button id={deleteId} size="small" priority="tertiary no outline" iconId="fr-icon-delete-line" title={t('details.deleteCard', { number: card.number })} onClick={() => setConfirming(true)} />
          </>
        )}
      </div>
      {confirming && (
        <div className="fr-alert fr-alert--warning fr-alert--sm bilan-details__confirm" role="alertdialog" aria-labelledby={`card-${card.id}-confirm`}>
          <p id={`card-${card.id}-confirm`}>{t('details.confirmDelete', { heading })}</p>
          <div className="bilan-details__actions">
            <Button
              size="small"
              priority="secondary"
              nativeButtonProps={{ autoFocus: true }}
              onClick={() => {
                setConfirming(false);
                document.getElementById(deleteId)?.focus();
              }}
            >
              {t('details.keepCard')}
            </Button>
            <Button
              size="small"
              priority="primary"
              onClick={() => {
                const reply = removeCard(card.id);
                setConfirming(false);
                if (reply.ok) onDone(t('details.cardDeleted', { number: card.number }), true);
              }}
            >
              {t('details.deleteCardYes')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
