/**
 * A chart as the exporters receive it: final strings in the document's language and numbers,
 * no reference back to the report. `chartDrawing` turns it into shapes and text in points,
 * which the PDF draws with pdfkit and the DOCX as an SVG: one layout, two renderers.
 */

/** How the values are drawn. */
export type ChartKind =
  /** One horizontal bar per category, its series stacked left to right (the progress summary). */
  | 'stacked'
  /** One horizontal bar per series in each category, side by side. */
  | 'bar'
  /** Categories along the horizontal axis, one line per series. */
  | 'line';

/** One category (a row of a bar chart, a point of a line): the label printed and the full one. */
export interface ChartCategory {
  /** Printed beside the bar or under the point: wrapped on two lines, shortened if longer. */
  label: string;
  /** The whole label, for the alternative text (a long ambition title). */
  full: string;
}

/** A series of values, one per category; null where there is none (a gap, not a 0). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Drawn hatched in grey: a category of its own that is not a level (cards without one). */
  hatched?: boolean;
}

/** A chart to draw. */
export interface ChartSpec {
  kind: ChartKind;
  /** Printed above the chart, in bold; may be empty. */
  title: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** Says what the values count or measure ("Nombre d’engagements", "Budget (M€)"), under the value axis. */
  valueLabel: string;
  /** Says what the categories are ("Année"), under the line chart's categories. */
  categoryLabel: string;
  /** Appended to each printed value ("%", "M€"), after a no-break space unless it is "%" in English. */
  unit: string;
  /**
   * How series are coloured: `ordinal`, a light-to-dark ramp of the primary colour for ordered
   * levels (lightness tells them apart in grey too); `categorical`, distinct colours for
   * independent series, with distinct marks and dashes on a line chart.
   */
  palette: 'ordinal' | 'categorical';
  /** The language numbers are written in. */
  lang: 'fr' | 'en';
}
