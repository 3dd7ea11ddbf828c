import { memo } from 'react';
import { formatPercent } from '../../../../shared/i18n/i18n.js';
import { LANGS, type Lang } from '../../../../shared/model/langs.js';
import type { Card, Institution, ReviewState } from '../../../../shared/model/report.js';
import { findField } from '../../../../shared/model/template-lookup.js';
import type { Template } from '../../../../shared/model/template.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { translate } from '../../i18n/translate.js';
import { writtenShare } from '../../store/completeness.js';
import { ReviewBadge } from '../review/ReviewBadge.js';

interface Props {
  card: Card;
  template: Template;
  institutions: Institution[];
  lang: Lang;
  selected: boolean;
  onSelect(id: string): void;
  /** The card's review state, shown beside its figures (absent: not shown). */
  review?: ReviewState;
  /** How many open comments the card has. */
  comments?: number;
}

/** The tone of a progress badge, from the level's place on its scale. */
function tone(rank: number, steps: number): string {
  const ratio = steps > 1 ? rank / (steps - 1) : 1;
  return ratio >= 1 ? 'success' : ratio >= 0.6 ? 'info' : ratio > 0 ? 'warning' : 'error';
}

/**
 * One card in the outline: number, short title, lead institution, progress and completeness
 * per language. Memoised on the card: typing in one card redraws only that card's entry.
 */
export const OutlineCard = memo(function OutlineCard({ card, template, institutions, lang, selected, onSelect, review, comments = 0 }: Props) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const title = card.fields[template.card.titleField];
  const text = (title?.kind === 'text' && (contentIn(title, lang) || contentIn(title, 'fr'))) || t('outline.untitled');
  const leadValue = card.fields[template.card.leadField];
  const leads = (leadValue?.kind === 'institutions' ? leadValue.ids : []).map((id) => institutions.find((i) => i.id === id));
  const first = leads[0];
  const lead = first ? (first.acronym?.[lang] ?? first.acronym?.fr ?? (contentIn(first.name, lang) || contentIn(first.name, 'fr'))) : '';
  const fullNames = leads
    .map((i) => i && (contentIn(i.name, lang) || contentIn(i.name, 'fr')))
    .filter(Boolean)
    .join(', ');
  const progressDef = template.summary ? findField(template, template.summary.field) : undefined;
  const progress = template.summary ? card.fields[template.summary.field] : undefined;
  const scale = progressDef?.kind === 'choice' && progressDef.scale ? template.scales[progressDef.scale] : undefined;
  const rank = scale && progress?.kind === 'choice' ? scale.options.findIndex((o) => o.id === progress.value) : -1;
  const level = scale?.options[rank];
  return (
    <button type="button" className="bilan-outline__card" aria-current={selected ? 'page' : undefined} onClick={() => onSelect(card.id)} data-card={card.id}>
      <span className="bilan-outline__number">{card.number}</span>
      <span className="bilan-outline__body">
        <span className="bilan-outline__title">{text}</span>
        {lead && (
          // "MTFP +2" for the eye; every institution's full name for the tooltip and screen readers.
          <span className="bilan-outline__lead" title={t('outline.leads', { names: fullNames })}>
            <span aria-hidden="true">
              {lead}
              {leads.length > 1 ? ` +${leads.length - 1}` : ''}
            </span>
            <span className="fr-sr-only">{t('outline.leads', { names: fullNames })}</span>
          </span>
        )}
        <span className="bilan-outline__badges">
          {scale && (
            <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${level ? `fr-badge--${tone(rank, scale.options.length)}` : ''}`}>{level ? level.label[lang] : t('outline.noProgress')}</span>
          )}
          {LANGS.map((code) => {
            const value = writtenShare(card, template, code);
            const percent = formatPercent(lang, value);
            return (
              <span key={code} className={`fr-badge fr-badge--sm fr-badge--no-icon fr-badge--${value >= 1 ? 'success' : value >= 0.5 ? 'info' : 'warning'}`}>
                <span className="fr-sr-only">{t('completeness.meter', { lang: t(`lang.name.${code}`), percent })}</span>
                <span aria-hidden="true">{t('completeness.badge', { code: code.toUpperCase(), percent })}</span>
              </span>
            );
          })}
          {review && <ReviewBadge state={review} lang={lang} />}
          {comments > 0 && (
            <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--new" title={t('comments.openCount', { n: comments })}>
              <span className="fr-sr-only">{t('comments.openCount', { n: comments })}</span>
              <span aria-hidden="true">
                <span className="fr-icon-chat-3-line fr-icon--xs" /> {comments}
              </span>
            </span>
          )}
        </span>
      </span>
    </button>
  );
});
