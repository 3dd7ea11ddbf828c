import { Paragraph, TextRun } from 'docx';
import type { LayoutScale } from '../layout/types.js';
import type { Container } from './context.js';
import { StyleId } from './style-ids.js';
import { xmlSafe } from './text.js';

const UNCHECKED = '☐';
const CHECKED = '■';
/** Between two options: an em space each side keeps options apart yet lets the line wrap between them. */
const GAP = '\u2003 ';

/**
 * A choice with every option shown, the chosen one marked ■ and bold, the others ☐. Word has no
 * alternative text for a run, so the chosen option is written as `markedLabel` ("Substantiel
 * (niveau atteint)"): a screen reader and a text extraction read which one is chosen.
 */
export function renderScale(scale: LayoutScale, where: Container): Paragraph {
  const children: TextRun[] = [];
  scale.options.forEach((option, i) => {
    if (i > 0) children.push(new TextRun(GAP));
    const chosen = i === scale.chosen;
    const label = xmlSafe(chosen && scale.markedLabel ? scale.markedLabel : option);
    children.push(new TextRun({ text: `${chosen ? CHECKED : UNCHECKED}\u00a0${label}`, ...(chosen ? { bold: true } : {}) }));
  });
  return new Paragraph({ style: where.role === 'page' ? StyleId.body : StyleId.scale, children });
}
