import { useContext, type ReactNode } from 'react';
import { MediaUrlContext } from '../../editor/media.js';
import { useT } from '../../i18n/useT.js';
import type { ShownUnit, Token, TokenPart } from './rich-diff.js';

const sameLook = (a: Token, b: Token) => a.bold === b.bold && a.italic === b.italic && a.link === b.link && !a.note && !b.note;

/** A picture of the version, small, when its bytes are at hand (the report's or the import's). */
function Picture({ media, alt }: { media: string; alt: string }) {
  const src = useContext(MediaUrlContext)(media);
  return src ? <img className="bilan-rdiff__picture" src={src} alt={alt} /> : null;
}

/** Words with their formatting: runs of the same look, a link as a link, a footnote in brackets. */
function Tokens({ tokens }: { tokens: Token[] }) {
  const t = useT();
  const runs: Token[][] = [];
  for (const token of tokens) {
    const last = runs.at(-1);
    if (last && sameLook(last[0]!, token)) last.push(token);
    else runs.push([token]);
  }
  return runs.map((run, i) => {
    const look = run[0]!;
    const text = run.map((w) => w.text).join('');
    let node: ReactNode = look.note ? <span className="bilan-rdiff__note">{t('merge.rich.note', { text })}</span> : text;
    if (look.italic) node = <em>{node}</em>;
    if (look.bold) node = <strong>{node}</strong>;
    if (look.link) node = <a href={look.link} title={look.link} target="_blank" rel="noreferrer">{node}</a>;
    return <span key={i}>{node}</span>;
  });
}

/** Runs of words marked as added (underlined) or removed (struck through). */
function Parts({ parts }: { parts: TokenPart[] }) {
  return parts.map((part, i) =>
    part.kind === 'added' ? (
      <ins key={i}>
        <Tokens tokens={part.tokens} />
      </ins>
    ) : part.kind === 'removed' ? (
      <del key={i}>
        <Tokens tokens={part.tokens} />
      </del>
    ) : (
      <Tokens key={i} tokens={part.tokens} />
    ),
  );
}

/** What a screen reader hears before a piece that was added, removed or changed. */
function StateLabel({ state }: { state: ShownUnit['state'] }) {
  const t = useT();
  if (state === 'same') return null;
  return <span className="fr-sr-only">{t(`merge.rich.${state}`)}</span>;
}

function UnitView({ shown }: { shown: ShownUnit }) {
  const t = useT();
  const { unit, state } = shown;
  const className = `bilan-rdiff__unit bilan-rdiff__unit--${state}`;
  if (unit.kind === 'table') {
    return (
      <div className={className} data-state={state}>
        <StateLabel state={state} />
        <table className="bilan-rdiff__table">
          <tbody>
            {shown.cells!.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  unit.headerRow && r === 0 ? (
                    <th key={c} scope="col">
                      <Parts parts={cell} />
                    </th>
                  ) : (
                    <td key={c}>
                      <Parts parts={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  if (unit.kind === 'image') {
    const words = t('merge.rich.image', { alt: unit.alt || t('merge.rich.noAlt') });
    return (
      <figure className={`${className} bilan-rdiff__image`} data-state={state}>
        <StateLabel state={state} />
        <Picture media={unit.media} alt={unit.alt} />
        <figcaption>{state === 'added' ? <ins>{words}</ins> : state === 'removed' ? <del>{words}</del> : words}</figcaption>
      </figure>
    );
  }
  const look = unit.kind === 'heading' ? ` bilan-rdiff__heading bilan-rdiff__heading--${unit.level}` : '';
  return (
    <p className={className + look} data-state={state}>
      <StateLabel state={state} />
      <Parts parts={shown.parts} />
    </p>
  );
}

/** A list's items, flattened with their depth: indented by it, each with its bullet or number. */
function ItemsView({ items }: { items: ShownUnit[] }) {
  return (
    <ul className="bilan-rdiff__list">
      {items.map((shown, i) => {
        const unit = shown.unit as Extract<ShownUnit['unit'], { kind: 'item' }>;
        return (
          <li key={i} className={`bilan-rdiff__unit bilan-rdiff__unit--${shown.state} bilan-rdiff__item`} data-state={shown.state} data-depth={Math.min(unit.depth, 8)}>
            <span className="bilan-rdiff__marker" aria-hidden={!unit.ordered || undefined}>
              {unit.marker}
            </span>
            <span>
              <StateLabel state={shown.state} />
              <Parts parts={shown.parts} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A rich text shown formatted, with what differs from an earlier version marked: pieces added
 * or removed whole, and in a changed paragraph, list item or table cell, its words.
 */
export function RichDiff({ units, empty }: { units: ShownUnit[] | null; empty: string }) {
  if (!units || units.length === 0) return <p className="bilan-merge__text bilan-muted">{empty}</p>;
  const groups: ShownUnit[][] = [];
  for (const shown of units) {
    const last = groups.at(-1);
    if (shown.unit.kind === 'item' && last?.[0]!.unit.kind === 'item') last.push(shown);
    else groups.push([shown]);
  }
  return (
    <div className="bilan-merge__text bilan-rdiff">
      {groups.map((group, i) => (group[0]!.unit.kind === 'item' ? <ItemsView key={i} items={group} /> : <UnitView key={i} shown={group[0]!} />))}
    </div>
  );
}
