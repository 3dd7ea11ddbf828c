import { memo, useContext, useId, type ReactNode } from 'react';
import type { Block, Chart, Image, Inline, List, RichText, Table } from '../../../shared/model/richtext.js';
import { useEditorT } from './i18n.js';
import { MediaUrlContext } from './media.js';
import { ChartPicture } from './nodes/ChartPicture.js';
import { MAX_ALT_LENGTH, tableColumnPixels } from './rules.js';
import { EDITOR_THEME } from './theme.js';

// The elements, classes and attributes below are the ones Lexical's reconciler writes for the
// same content with EDITOR_THEME (see tests/editor-browser/lazy-field.test.ts, which compares
// both): the view and the editor that replaces it must not move a pixel.
const theme = {
  p: EDITOR_THEME.paragraph!,
  h: EDITOR_THEME.heading as Record<'h1' | 'h2' | 'h3', string>,
  list: EDITOR_THEME.list as { ul: string; ol: string; listitem: string; nested: { listitem: string } },
  link: EDITOR_THEME.link!,
  bold: EDITOR_THEME.text!.bold!,
  italic: EDITOR_THEME.text!.italic!,
  table: EDITOR_THEME.table!,
  tr: EDITOR_THEME.tableRow!,
  td: EDITOR_THEME.tableCell!,
  th: EDITOR_THEME.tableCellHeader!,
  scroll: EDITOR_THEME.tableScrollableWrapper!,
  footnote: EDITOR_THEME.footnote!,
  image: EDITOR_THEME.image!,
};

/** Lexical keeps an empty block one line high, and a trailing line break visible, with a `<br>`. */
function managedBreak(inlines: readonly Inline[]): ReactNode {
  return inlines.length === 0 || inlines.at(-1)!.type === 'break' ? <br /> : null;
}

function inlineNodes(inlines: readonly Inline[]): ReactNode[] {
  return inlines.map((inline, i) => {
    switch (inline.type) {
      case 'text': {
        const className = [inline.bold && theme.bold, inline.italic && theme.italic].filter(Boolean).join(' ') || undefined;
        return inline.bold ? <strong key={i} className={className}>{inline.text}</strong> : inline.italic ? <em key={i} className={className}>{inline.text}</em> : <span key={i}>{inline.text}</span>;
      }
      case 'break':
        return <br key={i} />;
      case 'link':
        // Out of the tab order, as inside the editor; the field itself is the tab stop.
        return (
          <a key={i} href={inline.url} className={theme.link} tabIndex={-1}>
            {inlineNodes(inline.children)}
          </a>
        );
      case 'footnote':
        return (
          <sup key={i} className={theme.footnote}>
            {inlineNodes(inline.children)}
          </sup>
        );
    }
  });
}

function ListView({ list, nested }: { list: List; nested: boolean }) {
  const Tag = list.ordered ? 'ol' : 'ul';
  // Lexical's shape: a nested list sits alone in an item of its own, numbered like the next one.
  let value = 0;
  const items = list.items.flatMap((item, i) => {
    value++;
    const own = (
      <li key={i} value={value} className={theme.list.listitem}>
        {inlineNodes(item.children)}
        {managedBreak(item.children)}
      </li>
    );
    if (!item.sublist) return [own];
    return [
      own,
      <li key={`${i}-sub`} value={value + 1} className={`${theme.list.listitem} ${theme.list.nested.listitem}`}>
        <ListView list={item.sublist} nested />
      </li>,
    ];
  });
  return (
    <Tag className={list.ordered ? theme.list.ol : theme.list.ul} dir={nested ? undefined : 'auto'}>
      {items}
    </Tag>
  );
}

function TableView({ table }: { table: Table }) {
  const widths = table.widths && tableColumnPixels(table.widths);
  return (
    <div className={theme.scroll} dir="auto">
      <table className={theme.table}>
        {widths && (
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
        )}
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={theme.tr} dir="auto">
              {row.map((cell, c) => {
                const Cell = table.headerRow && r === 0 ? 'th' : 'td';
                return (
                  <Cell key={c} className={Cell === 'th' ? `${theme.td} ${theme.th}` : theme.td} dir="auto">
                    <p className={theme.p} dir="auto">
                      {inlineNodes(cell.children)}
                      {managedBreak(cell.children)}
                    </p>
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An image as the editor's image view draws it, its alternative text shown but not yet editable. */
/** A chart block before its field is edited: the chart drawn from its table, as the exports draw it. */
function ChartPreview({ chart }: { chart: Chart }) {
  const t = useEditorT();
  return (
    <div className="bilan-rte__chart">
      <figure className="bilan-chart">
        <ChartPicture chart={chart} lang={t('chart') === 'Chart' ? 'en' : 'fr'} label={t('chart')} />
      </figure>
    </div>
  );
}

function ImageView({ image }: { image: Image }) {
  const t = useEditorT();
  const id = useId();
  const src = useContext(MediaUrlContext)(image.media);
  const style = { width: `${(image.width ?? 1) * 100}%` };
  return (
    <div className={theme.image}>
      <figure className="bilan-image-figure">
        {src === undefined ? (
          <span className="bilan-image-missing" style={style}>
            {image.alt || t('imageMissing')}
          </span>
        ) : (
          <img src={src} alt={image.alt} style={style} draggable={false} />
        )}
        <figcaption>
          <label htmlFor={id}>{t('imageAlt')}</label>
          <input id={id} type="text" value={image.alt} maxLength={MAX_ALT_LENGTH} readOnly tabIndex={-1} />
        </figcaption>
      </figure>
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className={theme.p} dir="auto">
          {inlineNodes(block.children)}
          {managedBreak(block.children)}
        </p>
      );
    case 'heading': {
      const Tag = `h${block.level}` as const;
      return (
        <Tag className={theme.h[Tag]} dir="auto">
          {inlineNodes(block.children)}
          {managedBreak(block.children)}
        </Tag>
      );
    }
    case 'list':
      return <ListView list={block} nested={false} />;
    case 'table':
      return <TableView table={block} />;
    case 'image':
      return <ImageView image={block} />;
    case 'chart':
      return <ChartPreview chart={block} />;
  }
}

/**
 * Report rich text drawn as the Lexical editor draws it, without an editor: the same elements,
 * classes and line breaks, so that a field can show its text at once and mount its editor
 * later in the very same place. An empty value is one empty paragraph, as in the editor.
 */
export const RichTextView = memo(function RichTextView({ value }: { value: RichText }) {
  if (value.length === 0) return <BlockView block={{ type: 'paragraph', children: [] }} />;
  return value.map((block, i) => <BlockView key={i} block={block} />);
});
