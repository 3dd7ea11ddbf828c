import { useMemo } from 'react';
import type { ImportConflictView } from '../../../../shared/ipc/dto.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { DiffText } from './DiffText.js';
import { RichConflictEdit } from './RichConflictEdit.js';
import { RichDiff } from './RichDiff.js';
import { richAsIs, richDiff } from './rich-diff.js';

/** The three versions of a conflict, each but the first marked against the version sent. */
function Versions({ conflict }: { conflict: ImportConflictView }) {
  const t = useT();
  const empty = t('merge.conflict.empty');
  const rich = conflict.rich;
  const shown = useMemo(
    () =>
      rich && {
        base: rich.base && richAsIs(rich.base),
        theirs: rich.theirs && richDiff(rich.base, rich.theirs),
        ours: rich.ours && richDiff(rich.base, rich.ours),
      },
    [rich],
  );
  return (
    <>
      <p className="bilan-conflict__legend">
        {t('merge.conflict.legend')} <ins>{t('merge.conflict.legendAdded')}</ins>, <del>{t('merge.conflict.legendRemoved')}</del>
      </p>
      <div className="bilan-conflict__versions">
        <div className="bilan-conflict__version" data-version="base">
          <p className="bilan-conflict__label">{t('merge.conflict.base')}</p>
          {shown ? <RichDiff units={shown.base} empty={empty} /> : <p className="bilan-merge__text">{conflict.base || <span className="bilan-muted">{empty}</span>}</p>}
        </div>
        <div className="bilan-conflict__version" data-version="theirs">
          <p className="bilan-conflict__label">{t('merge.conflict.theirs')}</p>
          {shown ? <RichDiff units={shown.theirs} empty={empty} /> : <DiffText before={conflict.base} after={conflict.theirs} empty={empty} />}
        </div>
        <div className="bilan-conflict__version" data-version="ours">
          <p className="bilan-conflict__label">{t('merge.conflict.ours')}</p>
          {shown ? <RichDiff units={shown.ours} empty={empty} /> : <DiffText before={conflict.base} after={conflict.ours} empty={empty} />}
        </div>
      </div>
    </>
  );
}

/**
 * One conflict, side by side: the version the package was cut from, the institution's and the
 * current one, each marked against the version sent; then the coordinator's choice, with an
 * edited result: a text input for a plain text, the rich-text editor for rich text.
 */
export function ConflictReview({ conflict }: { conflict: ImportConflictView }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const decision = useBilan((s) => s.decisions[conflict.key]);
  const decide = useBilan((s) => s.decide);
  const editDraft = useBilan((s) => s.editDraft);
  const field = conflict.field[lang];
  const card = conflict.card[lang];
  const name = `conflict-${conflict.key.replace(/[^A-Za-z0-9]/g, '_')}`;
  // In the order of the version columns above: the institution's, then the report's; editing last.
  const choices = [
    { id: 'theirs' as const, label: t('merge.conflict.takeTheirs') },
    { id: 'ours' as const, label: t('merge.conflict.keepOurs') },
    ...(conflict.edit ? [{ id: 'edit' as const, label: t('merge.conflict.edit') }] : []),
  ];
  // An edit starts from the institution's version; a draft survives trying another choice.
  const firstDraft = () => (conflict.edit === 'richText' ? { blocks: decision?.blocks ?? conflict.rich?.theirs ?? conflict.rich?.ours ?? [] } : { text: decision?.text ?? conflict.theirs ?? '' });
  const choose = (choice: 'ours' | 'theirs' | 'edit') => decide(conflict.key, choice === 'edit' ? { ...decision, choice, ...firstDraft() } : { ...decision, choice });
  return (
    <section className="bilan-conflict" aria-label={t('merge.conflict.region', { field, card })} data-card={conflict.cardId}>
      <h4 className="bilan-conflict__title">
        {card} · {field}
        {conflict.lang && <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w">{t(`lang.name.${conflict.lang}`)}</span>}
      </h4>
      <Versions conflict={conflict} />
      <div role="radiogroup" aria-label={`${t('merge.conflict.choice')} ${field}`} className="bilan-choice bilan-conflict__choice">
        {choices.map((c) => (
          <div key={c.id} className="fr-radio-group fr-radio-group--sm bilan-choice__option">
            <input type="radio" id={`${name}-${c.id}`} name={name} checked={decision?.choice === c.id} onChange={() => choose(c.id)} />
            <label className="fr-label" htmlFor={`${name}-${c.id}`}>
              {c.label}
            </label>
          </div>
        ))}
      </div>
      {decision?.choice === 'edit' && conflict.edit === 'richText' && conflict.lang && <RichConflictEdit conflict={conflict} lang={conflict.lang} blocks={decision.blocks ?? []} name={name} />}
      {decision?.choice === 'edit' && conflict.edit === 'text' && (
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${name}-text`}>
            {t('merge.conflict.editLabel')}
          </label>
          <textarea id={`${name}-text`} className="fr-input" rows={4} value={decision.text ?? ''} onChange={(e) => editDraft(conflict.key, { text: e.target.value })} />
        </div>
      )}
    </section>
  );
}
