import type { EditorThemeClasses } from 'lexical';

/**
 * The class names the editor puts on what it draws; editor.css styles them. Only the content a
 * report holds has a class: anything else never reaches the editor.
 */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'bilan-rte__p',
  heading: { h1: 'bilan-rte__h1', h2: 'bilan-rte__h2', h3: 'bilan-rte__h3' },
  list: {
    ul: 'bilan-rte__ul',
    ol: 'bilan-rte__ol',
    listitem: 'bilan-rte__li',
    nested: { listitem: 'bilan-rte__li--nested' },
  },
  link: 'bilan-rte__link',
  text: { bold: 'bilan-rte__bold', italic: 'bilan-rte__italic' },
  table: 'bilan-rte__table',
  tableRow: 'bilan-rte__tr',
  tableCell: 'bilan-rte__td',
  tableCellHeader: 'bilan-rte__th',
  tableScrollableWrapper: 'bilan-rte__table-scroll',
  tableSelection: 'bilan-rte__table--selecting',
  tableCellSelected: 'bilan-rte__td--selected',
  footnote: 'bilan-rte__footnote',
  image: 'bilan-rte__image',
};
