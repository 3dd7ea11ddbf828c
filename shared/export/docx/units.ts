import type { PageStyle } from '../../model/template.js';

/** Twips (twentieths of a point) per millimetre: Word measures pages and tables in twips. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres as whole twips. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points as twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points as the half-points Word sizes fonts in. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Twips as the 96-dpi pixels docx sizes images in. */
export function twipsToPixels(twips: number): number {
  return twips / 15;
}

/** A template colour ("#1E1E1E") as Word writes it ("1E1E1E"). */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** Page sizes in twips, portrait. */
const PAGE_SIZES: Record<PageStyle['size'], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

/** The page's size, margins and the width and height left for text, all in twips. */
export interface PageGeometry {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Width between the left and right margins. */
  textWidth: number;
  /** Height between the top and bottom margins. */
  textHeight: number;
}

/** The page geometry a page style asks for. */
export function pageGeometry(style: PageStyle): PageGeometry {
  const { width, height } = PAGE_SIZES[style.size];
  const margins = {
    top: mmToTwips(style.margins.top),
    bottom: mmToTwips(style.margins.bottom),
    left: mmToTwips(style.margins.left),
    right: mmToTwips(style.margins.right),
  };
  return { width, height, margins, textWidth: width - margins.left - margins.right, textHeight: height - margins.top - margins.bottom };
}

/**
 * Splits `total` twips into columns proportional to `weights`, in whole twips that add up to
 * `total` exactly (Word and LibreOffice both lay out fixed tables from these numbers).
 */
export function splitWidth(total: number, weights: readonly number[]): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += rest;
  return widths;
}
