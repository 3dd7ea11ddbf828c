import { useEffect, useRef, useState } from 'react';
import type { LeftoverDecision, LeftoverView, PackagePlanView } from '../../../../shared/ipc/dto.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import './LeftoverReview.css';

/** How much of a leftover's text shows before "Afficher tout". */
const PREVIEW = 400;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Targets = NonNullable<PackagePlanView['placeTargets']>;
type Decided = Omit<LeftoverDecision, 'key'>;

/** The field a leftover goes to by default: its own when it can take it, else the first rich text. */
function defaultField(item: LeftoverView, targets: Targets): string {
  if (item.field && targets.fields.some((f) => f.id === item.field)) return item.field;
  return (targets.fields.find((f) => f.kind === 'richText') ?? targets.fields[0])?.id ?? '';
}

/** Where a leftover is to be placed: the card (its own by default), a field of it, the language or a choice's option. */
function PlaceForm({ item, targets, onDone }: { item: LeftoverView; targets: Targets; onDone: () => void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const [card, setCard] = useState(item.cardId && targets.cards.some((c) => c.id === item.cardId) ? item.cardId : (targets.cards[0]?.id ?? ''));
  const [field, setField] = useState(defaultField(item, targets));
  const [placeLang, setPlaceLang] = useState<'fr' | 'en' | 'both'>(item.lang);
  const def = targets.fields.find((f) => f.id === field);
  const [option, setOption] = useState(item.option ?? '');
  const id = `leftover-${item.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const localized = def?.kind === 'text' || def?.kind === 'richText';
  const ready = !!card && !!def && (def.kind !== 'choice' || def.options.some((o) => o.id === option));
  // Opened from its button: the keyboard goes on in the form.
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="bilan-leftover__place"
      aria-label={t('merge.leftover.placeTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        useBilan.getState().decideLeftover(item.key, { action: 'place', card, field, ...(localized ? { lang: placeLang } : {}), ...(def.kind === 'choice' ? { option } : {}) });
        onDone();
      }}
    >
      <div className="fr-select-group bilan-leftover__card">
        <label className="fr-label" htmlFor={`${id}-card`}>
          {t('merge.leftover.card')}
        </label>
        <select ref={first} id={`${id}-card`} className="fr-select" value={card} onChange={(e) => setCard(e.target.value)}>
          {targets.cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.card[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${id}-field`}>
          {t('merge.leftover.field')}
          <span className="fr-hint-text">{t('merge.leftover.fieldHint')}</span>
        </label>
        <select id={`${id}-field`} className="fr-select" value={field} onChange={(e) => setField(e.target.value)}>
          {targets.fields.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label[lang]}
            </option>
          ))}
        </select>
      </div>
      {def?.kind === 'choice' && (
        <div className="fr-select-group">
          <label className="fr-label" htmlFor={`${id}-option`}>
            {t('merge.leftover.option')}
            <span className="fr-hint-text">{t('merge.leftover.optionHint')}</span>
          </label>
          <select id={`${id}-option`} className="fr-select" value={option} onChange={(e) => setOption(e.target.value)}>
            <option value="" disabled>
              {t('merge.leftover.chooseOption')}
            </option>
            {def.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
      {localized && (
        <fieldset className="fr-fieldset fr-mb-0" aria-labelledby={`${id}-lang-legend`}>
          <legend className="fr-fieldset__legend fr-fieldset__legend--regular fr-pb-1v" id={`${id}-lang-legend`}>
            {t('merge.leftover.lang')}
          </legend>
          {(['fr', 'en', 'both'] as const).map((value) => (
            <div key={value} className="fr-fieldset__element fr-fieldset__element--inline">
              <div className="fr-radio-group fr-radio-group--sm">
                <input type="radio" id={`${id}-lang-${value}`} name={`${id}-lang`} checked={placeLang === value} onChange={() => setPlaceLang(value)} />
                <label className="fr-label" htmlFor={`${id}-lang-${value}`}>
                  {value === 'both' ? t('merge.leftover.langBoth') : capital(t(`lang.name.${value}`))}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
      )}
      <div className="bilan-leftover__buttons">
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={onDone}>
          {t('merge.leftover.cancel')}
        </button>
        <button type="submit" className="fr-btn fr-btn--sm" disabled={!ready}>
          {t('merge.leftover.place')}
        </button>
      </div>
    </form>
  );
}

/** What a decision will do, in words. */
function decisionText(t: ReturnType<typeof useT>, decided: Decided, item: LeftoverView, targets: Targets, lang: 'fr' | 'en'): string {
  if (decided.action === 'discard') return t('merge.leftover.discarded');
  const cardOf = (id: string | null | undefined) => targets.cards.find((c) => c.id === id)?.card[lang];
  if (decided.action === 'keep') {
    const card = cardOf(item.cardId);
    return card ? t('merge.leftover.keptOn', { card }) : t('merge.leftover.keptOnReport');
  }
  const def = targets.fields.find((f) => f.id === decided.field);
  const where = { field: def?.label[lang] ?? decided.field ?? '', card: cardOf(decided.card) ?? decided.card ?? '' };
  if (def?.kind === 'choice') return t('merge.leftover.placedChoice', { ...where, option: def.options.find((o) => o.id === decided.option)?.label[lang] ?? '' });
  if (def?.kind === 'plain' || !decided.lang) return t('merge.leftover.placedPlain', where);
  return t('merge.leftover.placed', { ...where, lang: decided.lang === 'both' ? t('merge.leftover.langBothLower') : t(`lang.name.${decided.lang}`) });
}

/** One leftover: what it is and where it stood, its text or picture, and what becomes of it. */
function LeftoverEntry({ item, targets }: { item: LeftoverView; targets: Targets }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const decided = useBilan((s) => s.leftoverDecisions[item.key]);
  const [placing, setPlacing] = useState(false);
  const [whole, setWhole] = useState(false);
  const text = item.text;
  const shown = whole || text.length <= PREVIEW ? text : `${text.slice(0, PREVIEW)}…`;
  const card = targets.cards.find((c) => c.id === item.cardId);
  // The button pressed goes away with the choice: the focus moves to what replaces it.
  const [focus, setFocus] = useState<'undo' | 'actions' | null>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const actions = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus === 'undo') undo.current?.focus();
    if (focus === 'actions') actions.current?.focus();
  }, [focus, decided, placing]);
  const decide = (d: Decided | null) => {
    useBilan.getState().decideLeftover(item.key, d);
    setFocus(d ? 'undo' : 'actions');
  };
  return (
    <li className={`bilan-leftover${decided ? ' bilan-leftover--decided' : ''}`} data-leftover={item.key}>
      <p className="fr-text--bold fr-mb-1v">{item.what[lang]}</p>
      {card && <p className="fr-text--sm fr-mb-1v bilan-muted">{t('merge.leftover.from', { card: card.card[lang] })}</p>}
      {item.image && <img className="bilan-leftover__image" src={item.image} alt={text.replace(/^\[|\]$/g, '')} />}
      {!item.image && text.trim() && (
        <blockquote className="bilan-package__leftover-text" lang={item.lang}>
          {shown}
        </blockquote>
      )}
      {(text.length > PREVIEW || item.length > text.length) && (
        <p className="fr-text--sm fr-mb-1v">
          {text.length > PREVIEW && (
            <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={() => setWhole(!whole)}>
              {whole ? t('toSort.less') : t('toSort.more')}
            </button>
          )}
          {item.length > text.length && <span className="bilan-muted"> {t('merge.leftover.longer', { n: item.length.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB') })}</span>}
        </p>
      )}
      {decided ? (
        <div className="bilan-leftover__decision" role="status">
          <p className="fr-text--sm fr-mb-1v">
            <span className={`fr-badge fr-badge--sm fr-mr-1w ${decided.action === 'discard' ? 'fr-badge--warning' : 'fr-badge--success'}`}>{t(`merge.leftover.badge.${decided.action}`)}</span>
            {decisionText(t, decided, item, targets, lang)}
          </p>
          <button ref={undo} type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-go-back-line fr-btn--icon-left" onClick={() => decide(null)}>
            {t('merge.leftover.undo')}
          </button>
        </div>
      ) : placing ? (
        <PlaceForm
          item={item}
          targets={targets}
          onDone={() => {
            setPlacing(false);
            setFocus(useBilan.getState().leftoverDecisions[item.key] ? 'undo' : 'actions');
          }}
        />
      ) : (
        <div className="bilan-leftover__buttons">
          <button ref={actions} type="button" className="fr-btn fr-btn--sm fr-icon-arrow-right-line fr-btn--icon-left" disabled={targets.fields.length === 0} onClick={() => setPlacing(true)}>
            {t('merge.leftover.placeIn')}
          </button>
          <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => decide({ action: 'keep' })}>
            {t('merge.leftover.keep')}
          </button>
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line fr-btn--icon-left" onClick={() => decide({ action: 'discard' })}>
            {t('merge.leftover.discard')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * What a Word package left outside its fields: each item to place in a field of one of the
 * package's cards, keep in a "to sort" list for later, or discard (each decision can be taken
 * back until the import is applied, which applies them with the merge, in one step).
 */
export function LeftoverReview({ plan }: { plan: PackagePlanView }) {
  const t = useT();
  const decisions = useBilan((s) => s.leftoverDecisions);
  const items = plan.leftovers ?? [];
  if (items.length === 0) return null;
  const targets: Targets = plan.placeTargets ?? { cards: [], fields: [] };
  const left = items.filter((i) => !decisions[i.key]).length;
  return (
    <section className="bilan-leftovers fr-mb-3w" aria-labelledby={`leftovers-${plan.institution}`}>
      <h4 className="fr-h6 fr-mb-1v" id={`leftovers-${plan.institution}`}>
        {t('merge.leftover.heading', { n: items.length })}
      </h4>
      <p className="fr-text--sm fr-mb-1w">{t('merge.leftover.help')}</p>
      <p className="fr-text--sm fr-text--bold fr-mb-1w" aria-live="polite">
        {left > 0 ? t('merge.leftover.left', { n: left }) : t('merge.leftover.allDecided')}
      </p>
      <ul className="bilan-leftovers__list">
        {items.map((item) => (
          <LeftoverEntry key={item.key} item={item} targets={targets} />
        ))}
      </ul>
    </section>
  );
}
