import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, mergeRegister } from 'lexical';
import { useEffect } from 'react';
import { INSERT_CHART_COMMAND, SET_CHART_COMMAND } from './chart-model.js';
import { $createChartNode, $isChartNode } from './ChartNode.js';

/**
 * Handles the chart block's commands: `INSERT_CHART_COMMAND` (the toolbar's Graphique) puts a
 * new chart after the block the caret is in, and moves the focus to its title;
 * `SET_CHART_COMMAND` stores what its table was typed into. Renders nothing.
 */
export function ChartPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_CHART_COMMAND,
          ({ key, chart }) => {
            const node = $getNodeByKey(key);
            if (!$isChartNode(node)) return false;
            node.setChart(chart);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_CHART_COMMAND,
          (chart) => {
            const node = $createChartNode(chart);
            const selection = $getSelection();
            const anchor = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
            if (anchor) anchor.insertAfter(node);
            else $getRoot().append(node);
            const key = node.getKey();
            // The new chart's title is where the user types next.
            setTimeout(() => editor.getElementByKey(key)?.querySelector<HTMLInputElement>('input')?.focus(), 0);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
