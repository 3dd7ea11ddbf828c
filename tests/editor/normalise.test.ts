import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode, type TextFormatType } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createFootnoteNode } from '../../renderer/src/editor/nodes/FootnoteNode.js';
import { $createImageNode } from '../../renderer/src/editor/nodes/ImageNode.js';
import { RichText } from '../../shared/model/richtext.js';
import { exported, reportEditor } from './support/headless.js';

// What Lexical lets a user make but a report does not hold comes out of the editor as the
// nearest thing a report holds, and always as valid rich text.

/** The report rich text of an editor whose root gets the given nodes. */
function exportOf(build: () => LexicalNode[]): RichText {
  const editor = reportEditor();
  editor.update(() => $getRoot().append(...build()), { discrete: true });
  const value = exported(editor);
  expect(RichText.safeParse(value).success).toBe(true);
  return value;
}

const text = (t: string, ...formats: TextFormatType[]) => {
  const node = $createTextNode(t);
  for (const f of formats) node.toggleFormat(f);
  return node;
};
const paragraph = (...children: LexicalNode[]) => $createParagraphNode().append(...children);

describe('the export normalises what a report does not hold', () => {
  it('keeps bold and italic, drops underline, strikethrough, code and the like', () => {
    const value = exportOf(() => [
      paragraph(
        text('a', 'underline'),
        text('b', 'strikethrough', 'bold'),
        text('c', 'code', 'italic'),
        text('d', 'superscript'),
        text('e', 'highlight', 'bold', 'italic'),
      ),
    ]);
    expect(value).toStrictEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b', bold: true },
          { type: 'text', text: 'c', italic: true },
          { type: 'text', text: 'd' },
          { type: 'text', text: 'e', bold: true, italic: true },
        ],
      },
    ]);
  });

  it('makes h4–h6 level-3 headings', () => {
    const value = exportOf(() => [$createHeadingNode('h5').append(text('Jalon')), $createHeadingNode('h4').append(text('Autre'))]);
    expect(value).toStrictEqual([
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Jalon' }] },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Autre' }] },
    ]);
  });

  it('turns javascript:, data: and file: links into their plain text', () => {
    const value = exportOf(() => [
      paragraph(
        text('voir '),
        $createLinkNode('javascript:alert(1)').append(text('ici')),
        text(', '),
        $createLinkNode('data:text/html,<b>x</b>').append(text('là')),
        text(', '),
        $createLinkNode('file:///etc/passwd').append(text('ou là')),
        text(' et '),
        $createLinkNode('https://www.gouvernement.fr/').append(text('le site', 'bold')),
      ),
    ]);
    expect(value).toStrictEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'voir ici, là, ou là et ' },
          { type: 'link', url: 'https://www.gouvernement.fr/', children: [{ type: 'text', text: 'le site', bold: true }] },
        ],
      },
    ]);
    expect(JSON.stringify(value)).not.toMatch(/javascript:|data:|file:/);
  });

  it('trims empty paragraphs at the end and merges neighbouring runs of the same emphasis', () => {
    const value = exportOf(() => [paragraph(text('a', 'bold'), text('b', 'bold', 'underline'), text('c')), paragraph(), paragraph()]);
    expect(value).toStrictEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'ab', bold: true }, { type: 'text', text: 'c' }] },
    ]);
  });

  it('makes a ragged table rectangular and keeps its header row', () => {
    const cell = (t: string, header = false) =>
      $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS).append(paragraph(text(t)));
    const value = exportOf(() => [
      $createTableNode().append(
        $createTableRowNode().append(cell('A', true), cell('B', true), cell('C', true)),
        $createTableRowNode().append(cell('1')),
        $createTableRowNode().append(cell('2'), $createTableCellNode().append(paragraph(text('x')), paragraph(text('y')))),
      ),
    ]);
    expect(value).toStrictEqual([
      {
        type: 'table',
        headerRow: true,
        rows: [
          [{ children: [{ type: 'text', text: 'A' }] }, { children: [{ type: 'text', text: 'B' }] }, { children: [{ type: 'text', text: 'C' }] }],
          [{ children: [{ type: 'text', text: '1' }] }, { children: [] }, { children: [] }],
          [{ children: [{ type: 'text', text: '2' }] }, { children: [{ type: 'text', text: 'x' }, { type: 'break' }, { type: 'text', text: 'y' }] }, { children: [] }],
        ],
      },
    ]);
  });

  it('hangs a nested list on the item before it, as `sublist`', () => {
    const item = (t: string) => $createListItemNode().append(text(t));
    const value = exportOf(() => [
      $createListNode('bullet').append(item('a'), $createListItemNode().append($createListNode('number').append(item('a1'), item('a2'))), item('b')),
    ]);
    expect(value).toStrictEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          {
            children: [{ type: 'text', text: 'a' }],
            sublist: { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'a1' }] }, { children: [{ type: 'text', text: 'a2' }] }] },
          },
          { children: [{ type: 'text', text: 'b' }] },
        ],
      },
    ]);
  });

  it('moves a footnote out of a link, flattens a footnote in a footnote, lifts an image out of a paragraph', () => {
    const value = exportOf(() => [
      paragraph(
        $createLinkNode('https://example.org/').append(text('lien'), $createFootnoteNode().append(text('note ', 'italic'), $createFootnoteNode().append(text('dans la note')))),
        text(' suite'),
        $createImageNode({ media: 'chart.png', alt: 'Graphique', width: 3 }),
        text('après'),
      ),
    ]);
    expect(value).toStrictEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://example.org/', children: [{ type: 'text', text: 'lien' }] },
          { type: 'footnote', children: [{ type: 'text', text: 'note ', italic: true }, { type: 'text', text: 'dans la note' }] },
          { type: 'text', text: ' suite' },
        ],
      },
      { type: 'image', media: 'chart.png', alt: 'Graphique', width: 1 },
      { type: 'paragraph', children: [{ type: 'text', text: 'après' }] },
    ]);
  });
});
