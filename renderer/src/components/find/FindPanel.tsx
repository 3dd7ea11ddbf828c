import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { matchContext, type FindMatch, type FindResult } from '../../../../shared/find/search.js';
import type { SearchText, TextPlace } from '../../../../shared/find/texts.js';
import type { Report } from '../../../../shared/model/report.js';
import type { Template } from '../../../../shared/model/template.js';
import { describeTarget } from '../../../../shared/validate/describe.js';
import type { IssueTarget, ValidationIssue } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { EditorView } from '../../store/slices/editor-view.js';
import { clearHighlights, highlightPlan, paintHighlights, richRanges, textElement, wordsElement } from './dom-matches.js';
import { replacement, searchReport, useFind, usePreparedSearch, type FindLangs } from './find-store.js';
import { useFindKeys } from './useFindKeys.js';
import './find.css';

/** How many results the list draws; the count and next/previous cover them all. */
const LISTED = 300;

/** The validation target of a place, which the editor knows how to lead to. */
function targetOf(report: Report, place: TextPlace): IssueTarget {
  if (place.kind === 'card') {
    const card = report.cards.find((c) => c.id === place.cardId);
    const value = card?.fields[place.fieldId];
    const row = place.rowId && value?.kind === 'rows' ? value.rows.findIndex((r) => r.id === place.rowId) : -1;
    return { kind: 'card', id: place.cardId, number: card?.number ?? '', field: place.fieldId, ...(row >= 0 ? { row, column: place.columnId } : {}) };
  }
  if (place.kind === 'chapter') return { kind: 'chapter', id: place.chapterId, part: place.part };
  if (place.kind === 'report') return { kind: 'report', part: place.part };
  if (place.kind === 'institution') return { kind: 'institution', id: place.institutionId };
  return { kind: 'ambition', id: place.ambitionId };
}

/** The view that shows a place. */
function viewOf(place: TextPlace): EditorView {
  if (place.kind === 'card') return { kind: 'card', id: place.cardId };
  if (place.kind === 'chapter') return { kind: 'chapter', id: place.chapterId };
  return { kind: 'details' };
}

const sameView = (a: EditorView, b: EditorView) => a.kind === b.kind && (!('id' in a) || !('id' in b) || a.id === b.id);

/** Where a result stands, in words: "Engagement 4 · Résultats", "Détails du rapport · Ambition 2". */
function whereOf(report: Report, template: Template, text: SearchText, lang: 'fr' | 'en', t: ReturnType<typeof useT>): string {
  const target = targetOf(report, text.place);
  const what = describeTarget(target, report, template, lang);
  if (target.kind === 'card') return t('find.inCard', { card: template.card.name[lang], number: target.number, field: what });
  if (target.kind === 'chapter') return what;
  return t('find.inDetails', { what });
}

/** Waits a few frames for an element the view is still drawing (a card draws its fields in turn). */
function whenDrawn(find: () => HTMLElement | null, then: (element: HTMLElement) => void, frames = 90): void {
  const element = find();
  if (element) return then(element);
  if (frames > 0) requestAnimationFrame(() => whenDrawn(find, then, frames - 1));
}

/** Shows a match: its view (and language), scrolled to; with `focus`, the field focused and the match selected. */
function showMatch(report: Report, result: FindResult, match: FindMatch, focus: boolean): void {
  const store = useBilan.getState();
  const text = result.texts[match.text]!;
  // Next and previous keep the focus in the panel, though a new view takes it to its heading.
  const keep = !focus && document.activeElement instanceof HTMLElement && document.activeElement.closest('.bilan-find') ? document.activeElement : null;
  if (focus) {
    // The editor's own way to a field: its view, its language shown, scrolled to, focused.
    const issue: ValidationIssue = { severity: 'warning', code: 'missing', target: targetOf(report, text.place), ...(text.lang ? { lang: text.lang } : {}) };
    store.goToIssue(issue);
  } else {
    const view = viewOf(text.place);
    if (!sameView(store.view, view)) store.showView(view);
    if (text.lang && store.langMode !== 'both' && store.langMode !== text.lang) store.setLangMode(text.lang);
  }
  whenDrawn(
    () => textElement(text),
    (field) => {
      if (keep) {
        // A new view puts the focus on its heading a frame after it is drawn (useViewStart): taken
        // back then too, unless the user has put it somewhere else meanwhile.
        const back = () => {
          const now = document.activeElement;
          if (now !== keep && (!now || now === document.body || (now.matches('h1') && now.closest('#main')))) keep.focus({ preventScroll: true });
        };
        back();
        requestAnimationFrame(back);
      }
      const words = wordsElement(field);
      if (!focus) field.scrollIntoView({ block: 'center' });
      if (words instanceof HTMLTextAreaElement || words instanceof HTMLInputElement) {
        // A text box shows its selection: the match, selected (focused when asked).
        if (focus) requestAnimationFrame(() => words.setSelectionRange(match.start, match.end));
        else words.setSelectionRange(match.start, match.end);
      } else if (words) {
        const range = richRanges(words, useFind.getState().query, useFind.getState().options)[match.ordinal];
        range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      }
    },
  );
}

/** Paints the matches of the texts on screen, and the current one, again whenever the page changes. */
function useHighlights(result: FindResult, current: number, open: boolean): void {
  useEffect(() => {
    if (!open || result.matches.length === 0) {
      clearHighlights();
      return undefined;
    }
    const { query, options } = useFind.getState();
    // Worked out once per search and current match, not at each repaint.
    const plan = highlightPlan(result, current);
    let frame = 0;
    const paint = () => {
      frame = 0;
      const all: Range[] = [];
      const mine: Range[] = [];
      for (const index of plan.texts) {
        const text = result.texts[index]!;
        if (text.kind !== 'richText') continue; // text boxes show their selection instead
        const field = textElement(text);
        const words = field && wordsElement(field);
        if (!words || words instanceof HTMLTextAreaElement || words instanceof HTMLInputElement) continue;
        const ranges = richRanges(words, query, options);
        for (const range of ranges) all.push(range);
        const here = plan.current?.text === index ? ranges[plan.current.ordinal] : undefined;
        if (here) mine.push(here);
      }
      paintHighlights(all, mine);
    };
    paint();
    // Fields drawn in turn, editors mounted over their previews, texts edited: paint again.
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    const pane = document.getElementById('main');
    if (pane) observer.observe(pane, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [result, current, open]);
  useEffect(() => () => clearHighlights(), []);
}

/** The panel's search over the report as it is now. */
function useSearch(): FindResult {
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const query = useFind((s) => s.query);
  const options = useFind((s) => s.options);
  const langs = useFind((s) => s.langs);
  const open = useFind((s) => s.open);
  usePreparedSearch(report, template);
  // Closed, the panel searches nothing (its query is kept for when it opens again).
  return useMemo(() => searchReport(report, template, { query: open ? query : '', options, langs }), [report, template, query, options, langs, open]);
}

/**
 * Find and replace across the whole report (Ctrl+F, Ctrl+H): the cards, the chapters and the
 * report's own texts, in one language or both. Enter and F3 go to the next match, Shift with them
 * to the previous; the list of results leads to each. A replacement keeps the formatting around
 * it; "Replace all" is one undo step and leaves approved cards as they are, saying how many.
 */
export function FindPanel() {
  const t = useT();
  const id = useId();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const find = useFind();
  const result = useSearch();
  const queryBox = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const { matches } = result;
  const current = find.current < matches.length ? find.current : -1;
  useHighlights(result, current, find.open);

  const go = (delta: 1 | -1, focus = false) => {
    if (matches.length === 0) return;
    const next = current === -1 ? (delta === 1 ? 0 : matches.length - 1) : (current + delta + matches.length) % matches.length;
    useFind.getState().setCurrent(next);
    showMatch(report, result, matches[next]!, focus);
  };
  useFindKeys(go);

  useEffect(() => {
    if (!find.open) return;
    // Where the focus goes back to when the panel closes.
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.bilan-find')) returnTo.current = document.activeElement;
    queryBox.current?.focus();
    queryBox.current?.select();
  }, [find.open, find.focusNonce]);

  if (!find.open) return null;

  const close = () => {
    useFind.getState().close();
    const back = returnTo.current;
    if (back?.isConnected) back.focus();
    else document.getElementById('main')?.focus();
  };
  const apply = (chosen: readonly FindMatch[]) => {
    const outcome = replacement(report, result, chosen, find.replacement);
    if (outcome.report !== report) useBilan.getState().apply(outcome.report, null);
    useFind.getState().setOutcome({ replaced: outcome.replaced, skipped: outcome.skipped });
    return outcome;
  };
  const replaceOne = () => {
    if (current === -1) return go(1);
    const outcome = apply([matches[current]!]);
    // The replaced match is gone: the one that took its place in the list is the next.
    if (outcome.replaced === 0) go(1);
    else requestAnimationFrame(() => useFind.getState().setCurrent(current));
  };
  const replaceAll = () => {
    apply(matches);
    useFind.getState().setCurrent(-1);
  };
  const onQueryKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    }
  };
  const onReplaceKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      replaceOne();
    }
  };
  const onPanelKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const setLangs = (langs: FindLangs) => find.set({ langs });
  const option = (key: keyof typeof find.options, label: string) => (
    <div className="fr-checkbox-group fr-checkbox-group--sm">
      <input type="checkbox" id={`${id}-${key}`} checked={find.options[key]} onChange={(e) => find.set({ options: { ...find.options, [key]: e.target.checked } })} />
      <label className="fr-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
    </div>
  );
  const count = find.query === '' ? '' : matches.length === 0 ? t('find.none') : current === -1 ? t('find.count', { n: matches.length }) : t('find.position', { at: current + 1, n: matches.length });
  const outcome = find.outcome;
  const approvedInSearch = matches.filter((m) => m.skip).length;
  return (
    <aside className="bilan-find" aria-labelledby={`${id}-title`} onKeyDown={onPanelKey}>
      <div className="bilan-find__head">
        <h2 id={`${id}-title`} className="bilan-find__title">
          {t('find.title')}
        </h2>
        <Button size="small" priority="tertiary no outline" iconId="fr-icon-close-line" title={t('find.close')} onClick={close} />
      </div>
      <div role="search" className="bilan-find__form">
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${id}-query`}>
            {t('find.query')}
            <span className="fr-hint-text">{t('find.queryHint')}</span>
          </label>
          <input
            ref={queryBox}
            id={`${id}-query`}
            className="fr-input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-keyshortcuts="Control+F"
            aria-describedby={`${id}-count`}
            value={find.query}
            onChange={(e) => find.set({ query: e.target.value })}
            onKeyDown={onQueryKey}
          />
        </div>
        <div className="bilan-find__nav">
          <p id={`${id}-count`} className="bilan-find__count" role="status">
            {count}
          </p>
          <Button size="small" priority="secondary" iconId="fr-icon-arrow-up-line" title={t('find.previous')} disabled={matches.length === 0} onClick={() => go(-1)} />
          <Button size="small" priority="secondary" iconId="fr-icon-arrow-down-line" title={t('find.next')} disabled={matches.length === 0} onClick={() => go(1)} />
        </div>
        <fieldset className="fr-fieldset bilan-find__options">
          <legend className="fr-sr-only">{t('find.options')}</legend>
          {option('matchCase', t('find.matchCase'))}
          {option('wholeWord', t('find.wholeWord'))}
          {option('ignoreAccents', t('find.ignoreAccents'))}
        </fieldset>
        <div className="fr-select-group bilan-find__langs">
          <label className="fr-label" htmlFor={`${id}-langs`}>
            {t('find.langs')}
          </label>
          <select id={`${id}-langs`} className="fr-select" value={find.langs} onChange={(e) => setLangs(e.target.value as FindLangs)}>
            <option value="both">{t('find.langs.both')}</option>
            <option value="fr">{t('find.langs.fr')}</option>
            <option value="en">{t('find.langs.en')}</option>
          </select>
        </div>
        <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline bilan-find__toggle" aria-expanded={find.replacing} aria-controls={`${id}-replace`} onClick={() => find.set({ replacing: !find.replacing })}>
          {t('find.showReplace')}
        </button>
        {find.replacing && (
          <div id={`${id}-replace`} className="bilan-find__replace">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={`${id}-replacement`}>
                {t('find.replaceWith')}
              </label>
              <input id={`${id}-replacement`} className="fr-input" type="text" autoComplete="off" aria-keyshortcuts="Control+H" value={find.replacement} onChange={(e) => find.set({ replacement: e.target.value, replacing: true })} onKeyDown={onReplaceKey} />
            </div>
            <div className="bilan-find__actions">
              <Button size="small" priority="secondary" disabled={matches.length === 0} onClick={replaceOne}>
                {t('find.replace')}
              </Button>
              <Button size="small" disabled={matches.length === 0} onClick={replaceAll}>
                {t('find.replaceAll')}
              </Button>
            </div>
            {approvedInSearch > 0 && <p className="fr-hint-text">{t('find.approvedAhead', { n: approvedInSearch })}</p>}
          </div>
        )}
      </div>
      <div role="status" className="bilan-find__outcome">
        {outcome && (
          <>
            {outcome.replaced > 0 && <p className="fr-text--sm fr-mb-1v">{t('find.replaced', { n: outcome.replaced })}</p>}
            {outcome.skipped.approved > 0 && <p className="fr-text--sm fr-mb-1v bilan-find__skipped">{t('find.skippedApproved', { n: outcome.skipped.approved })}</p>}
          </>
        )}
      </div>
      {matches.length > 0 && (
        <section className="bilan-find__results" aria-labelledby={`${id}-results`}>
          <h3 id={`${id}-results`} className="bilan-find__results-title">
            {t('find.results')}
          </h3>
          <ol className="bilan-find__list">
            {matches.slice(0, LISTED).map((m, i) => {
              const text = result.texts[m.text]!;
              const context = matchContext(result, m);
              return (
                <li key={`${m.text}-${m.piece}-${m.start}`}>
                  <button
                    type="button"
                    className="bilan-find__result"
                    aria-current={i === current ? 'true' : undefined}
                    onClick={() => {
                      useFind.getState().setCurrent(i);
                      showMatch(report, result, m, true);
                    }}
                  >
                    <span className="bilan-find__where">
                      {whereOf(report, template, text, lang, t)}
                      {text.lang && <span className="bilan-find__lang">{text.lang.toUpperCase()}</span>}
                      {m.skip && <span className="bilan-find__approved">{t('find.approved')}</span>}
                    </span>
                    <span className="bilan-find__context" lang={text.lang ?? undefined}>
                      {context.before}
                      <mark>{context.match}</mark>
                      {context.after}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          {matches.length > LISTED && <p className="fr-hint-text">{t('find.more', { n: matches.length - LISTED })}</p>}
        </section>
      )}
    </aside>
  );
}
