import type { Block, RichText } from '../../../shared/model/richtext.js';

const WORDS = (
  'le gouvernement ouvert renforce la transparence de l’action publique et la participation des citoyens ' +
  'aux décisions qui les concernent chaque ministère rend compte de ses engagements avec des données ' +
  'ouvertes des jalons datés et des résultats mesurables pour les usagers et les agents publics'
).split(' ');

/**
 * A field of about `words` words shaped like a long card: paragraphs of about eighty words,
 * a sub-heading every eight paragraphs, a short list every five, some bold and italic runs.
 * The keystroke benchmark types into it.
 */
export function longValue(words: number): RichText {
  const blocks: Block[] = [];
  let used = 0;
  let n = 0;
  const take = (count: number) => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(WORDS[(used + i) % WORDS.length]!);
    used += count;
    return out.join(' ');
  };
  while (used < words) {
    n++;
    if (n % 8 === 1) blocks.push({ type: 'heading', level: 2, children: [{ type: 'text', text: `Jalon ${n} : ${take(4)}` }] });
    blocks.push({
      type: 'paragraph',
      children: [
        { type: 'text', text: `${take(30)} ` },
        { type: 'text', text: take(5), bold: true },
        { type: 'text', text: ` ${take(30)} ` },
        { type: 'text', text: take(5), italic: true },
        { type: 'text', text: ` ${take(10)}.` },
      ],
    });
    if (n % 5 === 0) {
      blocks.push({ type: 'list', ordered: false, items: [0, 1, 2].map(() => ({ children: [{ type: 'text' as const, text: take(8) }] })) });
    }
  }
  return blocks;
}
