import type { LayoutBlock } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { Stack, type Flow, type FlowSpacing } from '../flow.js';
import type { Tag } from '../tags.js';
import { asideFlow } from './aside.js';
import { cardFlow } from './card.js';
import { chartFlow } from './chart.js';
import { figuresFlow } from './figures.js';
import { imageFlow } from './image.js';
import { listFlow } from './list.js';
import { notesFlow } from './notes.js';
import { headingFlow, paragraphFlow } from './paragraph.js';
import { scaleFlow } from './scale.js';
import { tableFlow } from './table.js';

/** The flow of any block, for a column `width` points wide, tagged under `parent`. */
export function blockFlow(ctx: RenderContext, block: LayoutBlock, width: number, parent: Tag): Flow {
  switch (block.kind) {
    case 'heading':
      return headingFlow(ctx, block, width, parent);
    case 'paragraph':
      return paragraphFlow(ctx, block, width, parent);
    case 'list':
      return listFlow(ctx, block, width, parent, 0);
    case 'table':
      return tableFlow(ctx, block, width, parent);
    case 'image':
      return imageFlow(ctx, block, width, parent);
    case 'figures':
      return figuresFlow(ctx, block, width, parent);
    case 'scale':
      return scaleFlow(ctx, block, width, parent);
    case 'aside':
      return asideFlow(ctx, block, width, parent);
    case 'notes':
      return notesFlow(ctx, block, width, parent);
    case 'card':
      return cardFlow(ctx, block, width, parent);
    case 'chart':
      return chartFlow(ctx, block, width, parent);
  }
}

/** Blocks one after the other (a cell's content, a box's content). */
export function blocksFlow(ctx: RenderContext, blocks: readonly LayoutBlock[], width: number, parent: Tag, spacing: FlowSpacing = {}): Stack {
  return Stack.of(
    blocks.map((b) => blockFlow(ctx, b, width, parent)),
    spacing,
  );
}
