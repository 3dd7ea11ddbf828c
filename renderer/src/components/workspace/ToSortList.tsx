import { useState } from 'react';
import type { Card, ToSortItem } from '../../../../shared/model/report.js';
import { deleteToSort, moveToSortIntoChapter, moveToSortIntoField, sortTargets } from '../../../../shared/import/sort.js';
import { plainText } from '../../../../shared/report/text.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/** How much of an item's text shows before "Afficher tout". */
const PREVIEW = 400;

/** One item: where it stood, its words, and where to move it (a card's field; for the report's own list, a chapter). */
function ToSortEntry({ card, item }: { card: Card | null; item: ToSortItem }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const template = useBilan((s) => s.doc!.template);
  const targets = sortTargets(template);
  // The first rich-text field by default: most of what is left to sort is prose.
  const [field, setField] = useState((targets.find((f) => f.kind === 'richText') ?? targets[0])?.id ?? '');
  const [whole, setWhole] = useState(false);
  const text = plainText(item.content);
  const shown = whole || text.length <= PREVIEW ? text : `${text.slice(0, PREVIEW)}…`;
  const selectId = `to-sort-${item.id}`;
  const apply = (next: ReturnType<typeof deleteToSort>) => useBilan.getState().apply(next, null);
  return (
    <li className="bilan-to-sort__item fr-mb-2w fr-pb-2w" data-to-sort={item.id} style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
      <p className="fr-text--sm fr-mb-1v">
        <span className="fr-badge fr-badge--sm fr-mr-1w">{item.lang.toUpperCase()}</span>
        {item.from ? t('toSort.from', { label: item.from }) : t('toSort.fromNothing')}
      </p>
      <div className="bilan-to-sort__text" lang={item.lang}>
        {shown.split('\n').map((line, i) => (
          <p key={i} className="fr-text--sm fr-mb-1v">
            {line}
          </p>
        ))}
      </div>
      {text.length > PREVIEW && (
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={() => setWhole(!whole)}>
          {whole ? t('toSort.less') : t('toSort.more')}
        </button>
      )}
      <div className="bilan-to-sort__actions" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '0.5rem' }}>
        {card === null ? (
          <button type="button" className="fr-btn fr-btn--sm" onClick={() => apply(moveToSortIntoChapter(useBilan.getState().report!, item.id, crypto.randomUUID(), t('toSort.untitled')))}>
            {t('toSort.toChapter')}
          </button>
        ) : (
        <>
        <div className="fr-select-group fr-mb-0">
          <label className="fr-label" htmlFor={selectId}>
            {t('toSort.into', { lang: t(`lang.name.${item.lang}`) })}
          </label>
          <select id={selectId} className="fr-select" value={field} onChange={(e) => setField(e.target.value)}>
            {targets.map((f) => (
              <option key={f.id} value={f.id}>
                {template.card.fields.find((d) => d.id === f.id)!.label[lang]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="fr-btn fr-btn--sm" disabled={!field} onClick={() => apply(moveToSortIntoField(useBilan.getState().report!, template, card.id, item.id, field))}>
          {t('toSort.move')}
        </button>
        </>
        )}
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-delete-line fr-btn--icon-left" onClick={() => apply(deleteToSort(useBilan.getState().report!, card?.id ?? null, item.id))}>
          {t('toSort.delete')}
        </button>
      </div>
    </li>
  );
}

/**
 * What an import left to sort on a card, beside its fields (or, with no card, the report's own
 * list in its details): each item with the label it stood under, to move into a field — or make
 * a chapter of — or delete (one undoable step each). Nothing when the list is empty.
 */
export function ToSortList({ card }: { card: Card | null }) {
  const t = useT();
  const reportItems = useBilan((s) => s.report?.toSort);
  const items = (card ? card.toSort : reportItems) ?? [];
  if (items.length === 0) return null;
  const key = card?.id ?? 'report';
  return (
    <section id={card ? undefined : 'details-to-sort'} tabIndex={card ? undefined : -1} className="bilan-to-sort fr-callout fr-callout--yellow-tournesol fr-mb-3w" aria-labelledby={`to-sort-heading-${key}`}>
      <h2 id={`to-sort-heading-${key}`} className="fr-h6 fr-mb-1w">
        {t('toSort.heading', { count: items.length })}
      </h2>
      <p className="fr-text--sm">{card ? t('toSort.intro') : t('toSort.reportIntro')}</p>
      <ul className="bilan-to-sort__list" style={{ listStyle: 'none', paddingLeft: 0 }}>
        {items.map((item) => (
          <ToSortEntry key={item.id} card={card} item={item} />
        ))}
      </ul>
    </section>
  );
}
