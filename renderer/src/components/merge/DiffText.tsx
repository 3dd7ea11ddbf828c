import { wordDiff } from '../fields/word-diff.js';

/**
 * A version of a text with what differs from the version sent marked word by word: words added
 * are underlined, words removed struck through, so the coordinator sees each side's edit.
 */
export function DiffText({ before, after, empty }: { before: string | null; after: string | null; empty: string }) {
  if (after === null || after === '') return <p className="bilan-merge__text bilan-muted">{empty}</p>;
  if (before === null) return <p className="bilan-merge__text"><ins>{after}</ins></p>;
  return (
    <p className="bilan-merge__text">
      {wordDiff(before, after).map((part, i) => (part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
