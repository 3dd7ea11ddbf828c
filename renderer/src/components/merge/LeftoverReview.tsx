import { useEffect, useRef, useState } from 'react';
import type { LeftoverDecision, LeftoverTargetColumn, LeftoverView, PackagePlanView } from '../../../../shared/ipc/dto.js';
import { readCellValue } from '../../../../shared/merge/word-package/place.js';
import { isEmail, isWebUrl } from '../../../../shared/validate/fields.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { RadioChoices } from '../choices/RadioChoices.js';
import './LeftoverReview.css';

/** How much of a leftover's text shows before "Afficher tout". */
const PREVIEW = 400;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Targets = NonNullable<PackagePlanView['placeTargets']>;
type Decided = Omit<LeftoverDecision, 'key'>;
type Column = LeftoverTargetColumn;

/** The field a leftover goes to by default: its own when it can take it, else the first rich text. */
function defaultField(item: LeftoverView, targets: Targets): string {
  if (item.field && targets.fields.some((f) => f.id === item.field)) return item.field;
  return (targets.fields.find((f) => f.kind === 'richText') ?? targets.fields[0])?.id ?? '';
}

/** The row choice meaning "a new row at the end" (row ids are letters, digits, `-` and `_`). */
const NEW_ROW = '+';

/** A leftover's text on one line: what a cell takes. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Why a date or number written for a cell cannot be it (null: it can), in words. */
function valueProblem(t: ReturnType<typeof useT>, column: Column, value: string): string | null {
  const written = oneLine(value);
  if (!written) return t(column.kind === 'quarter' ? 'merge.leftover.emptyDate' : 'merge.leftover.emptyNumber');
  const shown = written.length > 60 ? `${written.slice(0, 59)}…` : written;
  if (readCellValue(column.kind as 'quarter' | 'number', written)) return null;
  return t(column.kind === 'quarter' ? 'merge.leftover.badDate' : 'merge.leftover.badNumber', { value: shown });
}

/** Where a leftover is to be placed: the card (its own by default), a field of it, the language or a choice's option; in a list, the row and the column. */
function PlaceForm({ item, targets, onDone }: { item: LeftoverView; targets: Targets; onDone: () => void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const [card, setCard] = useState(item.cardId && targets.cards.some((c) => c.id === item.cardId) ? item.cardId : (targets.cards[0]?.id ?? ''));
  const [field, setField] = useState(defaultField(item, targets));
  const [placeLang, setPlaceLang] = useState<'fr' | 'en' | 'both'>(item.lang);
  const def = targets.fields.find((f) => f.id === field);
  const [option, setOption] = useState(item.option ?? '');
  // In a list: the row (the leftover's own when it was a cell of it, else a new one) and the column.
  const [rowChoice, setRowChoice] = useState(item.row ?? NEW_ROW);
  const [columnChoice, setColumnChoice] = useState(item.column ?? '');
  const [value, setValue] = useState(() => (oneLine(item.text).length <= 100 ? oneLine(item.text) : ''));
  const rows = def?.kind === 'rows' ? (targets.cards.find((c) => c.id === card)?.rows[def.id] ?? []) : [];
  const row = rows.some((r) => r.id === rowChoice) ? rowChoice : NEW_ROW;
  const column = def?.kind === 'rows' ? (def.columns.find((c) => c.id === columnChoice) ?? def.columns[0]) : undefined;
  const id = `leftover-${item.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  // What takes the option, the language or a value: the field, or the list's column.
  const target = column ?? def;
  const options = target?.options ?? [];
  const localized = target?.kind === 'text' || target?.kind === 'richText';
  const problem = !column
    ? null
    : column.kind === 'quarter' || column.kind === 'number'
      ? valueProblem(t, column, value)
      : column.format === 'email' && !isEmail(oneLine(item.text))
        ? t('merge.leftover.badEmail', { column: column.label[lang] })
        : column.format === 'url' && !isWebUrl(oneLine(item.text))
          ? t('merge.leftover.badUrl', { column: column.label[lang] })
          : null;
  const ready = !!card && !!def && !!target && (target.kind !== 'choice' || options.some((o) => o.id === option)) && !problem;
  // Opened from its button: the keyboard goes on in the form.
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const select = (name: string, label: string, hint: string | null, current: string, onChange: (v: string) => void, choices: { value: string; label: string }[], placeholder?: string) => (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={`${id}-${name}`}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <select id={`${id}-${name}`} className="fr-select" value={current} onChange={(e) => onChange(e.target.value)}>
        {placeholder && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="bilan-leftover__place"
      aria-label={t('merge.leftover.placeTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        const where = column ? { column: column.id, ...(row === NEW_ROW ? { newRow: true } : { row }), ...(column.kind === 'quarter' || column.kind === 'number' ? { value: oneLine(value) } : {}) } : {};
        useBilan.getState().decideLeftover(item.key, { action: 'place', card, field, ...where, ...(localized ? { lang: placeLang } : {}), ...(target.kind === 'choice' ? { option } : {}) });
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
      {select(
        'field',
        t('merge.leftover.field'),
        t('merge.leftover.fieldHint'),
        field,
        setField,
        targets.fields.map((f) => ({ value: f.id, label: f.label[lang] })),
      )}
      {def?.kind === 'rows' &&
        select('row', t('merge.leftover.row'), t('merge.leftover.rowHint'), row, setRowChoice, [
          ...rows.map((r, i) => ({ value: r.id, label: r.text[lang] ? t('merge.leftover.rowOption', { n: i + 1, text: r.text[lang] }) : t('merge.leftover.rowEmpty', { n: i + 1 }) })),
          { value: NEW_ROW, label: t('merge.leftover.newRow') },
        ])}
      {def?.kind === 'rows' &&
        select(
          'column',
          t('merge.leftover.column'),
          t('merge.leftover.columnHint'),
          column?.id ?? '',
          setColumnChoice,
          def.columns.map((c) => ({ value: c.id, label: c.label[lang] })),
        )}
      {target?.kind === 'choice' &&
        select(
          'option',
          t('merge.leftover.option'),
          t('merge.leftover.optionHint'),
          option,
          setOption,
          options.map((o) => ({ value: o.id, label: o.label[lang] })),
          t('merge.leftover.chooseOption'),
        )}
      {(column?.kind === 'quarter' || column?.kind === 'number') && (
        <div className={`fr-input-group${problem ? ' fr-input-group--error' : ''}`}>
          <label className="fr-label" htmlFor={`${id}-value`}>
            {t(column.kind === 'quarter' ? 'merge.leftover.dateValue' : 'merge.leftover.numberValue')}
            <span className="fr-hint-text">{t(column.kind === 'quarter' ? 'merge.leftover.dateHint' : 'merge.leftover.numberHint')}</span>
          </label>
          <input
            id={`${id}-value`}
            className={`fr-input${problem ? ' fr-input--error' : ''}`}
            value={value}
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          {problem && (
            <p className="fr-error-text" id={`${id}-problem`}>
              {problem}
            </p>
          )}
        </div>
      )}
      {problem && column?.kind === 'plain' && (
        <p className="fr-error-text fr-mt-0 fr-mb-2w" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {localized && (
        <RadioChoices
          id={`${id}-lang`}
          className="fr-mb-0"
          legendClassName="fr-pb-1v"
          legend={t('merge.leftover.lang')}
          inline
          value={placeLang}
          onChange={setPlaceLang}
          choices={(['fr', 'en', 'both'] as const).map((v) => ({ value: v, label: v === 'both' ? t('merge.leftover.langBoth') : capital(t(`lang.name.${v}`)) }))}
        />
      )}
      <div className="bilan-leftover__buttons">
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={onDone}>
          {t('merge.leftover.cancel')}
        </button>
        <button type="submit" className="fr-btn fr-btn--sm" disabled={!ready} aria-describedby={problem ? `${id}-problem` : undefined}>
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
  const langName = (l: 'fr' | 'en' | 'both') => (l === 'both' ? t('merge.leftover.langBothLower') : t(`lang.name.${l}`));
  if (def?.kind === 'rows') {
    const column = def.columns.find((c) => c.id === decided.column);
    const at = (targets.cards.find((c) => c.id === decided.card)?.rows[def.id] ?? []).findIndex((r) => r.id === decided.row);
    const cell = { ...where, column: column?.label[lang] ?? decided.column ?? '', row: decided.newRow || at < 0 ? t('merge.leftover.newRowLower') : t('merge.leftover.rowN', { n: at + 1 }) };
    if (column?.kind === 'choice') return t('merge.leftover.placedCellValue', { ...cell, value: column.options.find((o) => o.id === decided.option)?.label[lang] ?? '' });
    if (column?.kind === 'quarter' || column?.kind === 'number') return t('merge.leftover.placedCellValue', { ...cell, value: decided.value ?? '' });
    if (column?.kind === 'text' && decided.lang) return t('merge.leftover.placedCellLang', { ...cell, lang: langName(decided.lang) });
    return t('merge.leftover.placedCell', cell);
  }
  if (def?.kind === 'choice') return t('merge.leftover.placedChoice', { ...where, option: def.options.find((o) => o.id === decided.option)?.label[lang] ?? '' });
  if (def?.kind === 'plain' || !decided.lang) return t('merge.leftover.placedPlain', where);
  return t('merge.leftover.placed', { ...where, lang: langName(decided.lang) });
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
