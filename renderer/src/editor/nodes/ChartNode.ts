import { $applyNodeReplacement, $getDocument, addClassNamesToElement, DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import { createElement, type ReactElement } from 'react';
import type { Chart } from '../../../../shared/model/richtext.js';
import { boundedChart } from './chart-model.js';
import { ChartView } from './ChartView.js';

/** A chart block as Lexical serializes it: the report's `chart` block itself. */
export type SerializedChartNode = Spread<{ chart: Chart }, SerializedLexicalNode>;

/**
 * A chart block: its table (labels × series), title, unit and axis labels, as the report
 * stores them. Shown as the chart drawn from its table, with the table to type in below.
 */
export class ChartNode extends DecoratorNode<ReactElement> {
  __chart: Chart;

  static override getType(): string {
    return 'bilan-chart';
  }

  static override clone(node: ChartNode): ChartNode {
    return new ChartNode(node.__chart, node.__key);
  }

  // Serialized state may come from a clipboard: bounded before anything else sees it.
  static override importJSON(json: SerializedChartNode): ChartNode {
    return $createChartNode(boundedChart((json as Partial<SerializedChartNode>).chart));
  }

  constructor(chart: Chart, key?: NodeKey) {
    super(key);
    this.__chart = chart;
  }

  override exportJSON(): SerializedChartNode {
    return { ...super.exportJSON(), chart: this.__chart };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = $getDocument().createElement('div');
    addClassNamesToElement(div, (config.theme as { chart?: string }).chart ?? 'bilan-rte__chart');
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return createElement(ChartView, { nodeKey: this.getKey(), chart: this.__chart });
  }

  /** What the block holds. */
  getChart(): Chart {
    return this.getLatest().__chart;
  }

  /** Replaces what the block holds (bounded to the model's limits). */
  setChart(chart: Chart): this {
    const self = this.getWritable();
    self.__chart = boundedChart(chart);
    return self;
  }
}

/** Creates a chart block. */
export function $createChartNode(chart: Chart): ChartNode {
  return $applyNodeReplacement(new ChartNode(boundedChart(chart)));
}

/** Tells whether a node is a chart block. */
export function $isChartNode(node: LexicalNode | null | undefined): node is ChartNode {
  return node instanceof ChartNode;
}
