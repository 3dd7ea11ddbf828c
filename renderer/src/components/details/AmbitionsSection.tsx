import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { Ambition } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import type { StructureRefusal } from '../../../../shared/report/structure.js';
import { sortedCards } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { DETAILS_ANCHORS } from '../../store/slices/editor-view.js';
import { LocalizedTextInput } from '../fields/TextInputs.js';
import { CardEntry } from './CardEntry.js';
import { Refusal } from './Refusal.js';
import { useFocusLater } from './useFocusLater.js';

interface ItemProps {
  ambition: Ambition;
  index: number;
  count: number;
  /** Whether cards may be added, moved and deleted (not in a contribution package). */
  editable: boolean;
  refusal: StructureRefusal | undefined;
  onRefusal(refusal: StructureRefusal | undefined): void;
  notify(message: string): void;
}

/** One ambition: its title in both languages, its place, its cards, and a new card for it. */
function AmbitionItem({ ambition, index, count, editable, refusal, onRefusal, notify }: ItemProps) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const template = useBilan((s) => s.doc!.template);
  const report = useBilan((s) => s.report!);
  const cards = sortedCards(report).filter((c) => c.ambition === ambition.id);
  const { moveAmbition, removeAmbition, addCard } = useBilan.getState();
  const legend = t('outline.ambition', { group: template.group.name[lang], n: index + 1 });
  const name = contentIn(ambition.title, lang) || contentIn(ambition.title, 'fr') || legend;
  const addId = `ambition-${ambition.id}-add`;
  const path = { kind: 'ambition' as const, ambitionId: ambition.id };
  return (
    <li>
      <fieldset className="bilan-details__item" id={`ambition-${ambition.id}`} data-ambition={ambition.id}>
        <legend className="bilan-details__legend">{legend}</legend>
        <div className="bilan-details__item-actions">
          <Button size="small" priority="tertiary no outline" iconId="fr-icon-arrow-up-line" title={t('details.up', { name: legend })} disabled={index === 0} onClick={() => moveAmbition(ambition.id, -1)} />
          <Button size="small" priority="tertiary no outline" iconId="fr-icon-arrow-down-line" title={t('details.down', { name: legend })} disabled={index === count - 1} onClick={() => moveAmbition(ambition.id, 1)} />
          {editable && (
            <Button
              size="small"
              priority="tertiary no outline"
              iconId="fr-icon-delete-line"
              title={t('details.removeGroup', { name: legend })}
              onClick={() => {
                const reply = removeAmbition(ambition.id);
                onRefusal(reply.ok ? undefined : reply.refusal);
                if (reply.ok) notify(t('details.groupRemoved', { name: legend }));
              }}
            />
          )}
        </div>
        <p className="bilan-details__label">
          {t('details.groupTitle')} <span className="bilan-field__required">{t('field.required')}</span>
        </p>
        <LocalizedTextInput path={path} value={ambition.title} label={t('details.groupTitle')} />
        {refusal && <Refusal refusal={refusal} name={name} />}
        <p className="bilan-details__cards-label">{t('details.cards', { count: cards.length })}</p>
        <ul className="bilan-details__cards">
          {cards.map((card) => (
            <CardEntry
              key={card.id}
              card={card}
              editable={editable}
              onDone={(message, gone) => {
                notify(message);
                if (gone) document.getElementById(addId)?.focus();
              }}
            />
          ))}
        </ul>
        {editable && (
          <Button
            id={addId}
            size="small"
            priority="secondary"
            iconId="fr-icon-add-line"
            onClick={() => {
              const reply = addCard(ambition.id);
              onRefusal(reply.ok ? undefined : reply.refusal);
              // The store holds the report with the new card by now; this render's `report` does not.
              const card = reply.ok && useBilan.getState().report!.cards.find((c) => c.id === reply.id);
              if (card) notify(t('details.cardAdded', { number: card.number, name: legend }));
            }}
          >
            {t('details.addCard')}
          </Button>
        )}
      </fieldset>
    </li>
  );
}

/**
 * The ambitions in the report's order, each with its cards: renamed, moved, added, deleted
 * while empty; cards added (numbered next), moved between ambitions, and deleted.
 */
export function AmbitionsSection() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const addAmbition = useBilan((s) => s.addAmbition);
  const [refusals, setRefusals] = useState<Record<string, StructureRefusal | undefined>>({});
  const [message, setMessage] = useState('');
  const focusLater = useFocusLater();
  const editable = !report.package;
  const group = template.group.name[lang];
  const known = new Set(report.ambitions.map((a) => a.id));
  const loose = sortedCards(report).filter((c) => !c.ambition || !known.has(c.ambition));
  return (
    <section aria-labelledby="details-ambitions-heading" id={DETAILS_ANCHORS.cards} className="bilan-details__section" tabIndex={-1}>
      <h2 id="details-ambitions-heading" className="fr-h5">
        {t('details.groups', { group: group.toLowerCase() })}
      </h2>
      <p className="bilan-field__help">{t('details.groupsHelp')}</p>
      {!editable && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          <p>{t('details.packageCards')}</p>
        </div>
      )}
      <p className="fr-sr-only" role="status">
        {message}
      </p>
      <ol className="bilan-details__list">
        {report.ambitions.map((a, i) => (
          <AmbitionItem
            key={a.id}
            ambition={a}
            index={i}
            count={report.ambitions.length}
            editable={editable}
            refusal={refusals[a.id]}
            onRefusal={(refusal) => setRefusals((all) => ({ ...all, [a.id]: refusal }))}
            notify={setMessage}
          />
        ))}
      </ol>
      {loose.length > 0 && (
        <div className="bilan-details__item">
          <p className="bilan-details__legend">{t('outline.unassigned', { group: group.toLowerCase() })}</p>
          <ul className="bilan-details__cards">
            {loose.map((card) => (
              <CardEntry key={card.id} card={card} editable={editable} onDone={setMessage} />
            ))}
          </ul>
        </div>
      )}
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => {
          const reply = addAmbition();
          if (reply.ok && reply.id) focusLater(`ambition-${reply.id}`);
        }}
      >
        {t('details.addGroup', { group, n: report.ambitions.length + 1 })}
      </Button>
    </section>
  );
}
