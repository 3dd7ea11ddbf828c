import { BorderStyle, ShadingType, TableLayoutType, WidthType, type ITableBordersOptions, type ITableOptions } from 'docx';
import type { PageStyle } from '../../model/template.js';
import { hex } from './units.js';

/** Room between a cell's border and its text, in twips. */
export interface CellMargin {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The margin of ordinary cells. */
export const CELL_MARGIN: CellMargin = { top: 50, bottom: 50, left: 100, right: 100 };

/** The width left for a cell's content once its side margins are taken. */
export function innerWidth(cellWidth: number, margin: CellMargin = CELL_MARGIN): number {
  return Math.max(200, cellWidth - margin.left - margin.right);
}

/** Thin rules in the template's rule colour around and between every cell. */
export function gridBorders(style: PageStyle): ITableBordersOptions {
  const line = { style: BorderStyle.SINGLE, size: 4, color: hex(style.colours.rule) };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

/** No rules at all (key figures, asides draw their own). */
export function noBorders(): ITableBordersOptions {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
}

/**
 * The properties every table shares: a fixed layout whose widths, in twips, add up to the
 * container's width; Word and LibreOffice both honour a fixed grid, while auto-fit tables come
 * out differently in each.
 */
export function fixedTable(columnWidths: number[], rows: ITableOptions['rows'], borders: ITableBordersOptions, margins: CellMargin = CELL_MARGIN): ITableOptions {
  return {
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    margins: { ...margins, marginUnitType: WidthType.DXA },
    borders,
  };
}

/** A cell width in twips, as Word wants it on every cell of a fixed table. */
export function dxa(size: number) {
  return { size, type: WidthType.DXA };
}

/** A solid background colour for a cell. */
export function fill(colour: string) {
  return { type: ShadingType.CLEAR, color: 'auto', fill: hex(colour) };
}

/** A light tint of a colour (share of the colour over white), for the marked cell of a table. */
export function tint(colour: string, share: number): string {
  const c = hex(colour);
  const channel = (i: number) => Math.round(255 - share * (255 - parseInt(c.slice(i, i + 2), 16)));
  return `#${[0, 2, 4].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
