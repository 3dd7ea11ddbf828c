import type { ParagraphStyle } from '../layout/types.js';
import type { Container } from './context.js';
import { StyleId } from './style-ids.js';

/**
 * The Word style of a layout paragraph in a container. Table cells get their own, unjustified
 * and tighter, variants of body and small text (small in a table nested in a cell, whose
 * columns are narrow), and centring is a style too, so that no
 * paragraph carries formatting of its own.
 */
export function paragraphStyleId(style: ParagraphStyle, where: Container, centred = false): string {
  switch (style) {
    case 'body':
      if (where.role === 'cell' && where.nested) return centred ? StyleId.tableSmallCentered : StyleId.tableSmall;
      if (where.role === 'cell') return centred ? StyleId.tableTextCentered : StyleId.tableText;
      if (where.role === 'aside') return StyleId.asideText;
      return centred ? StyleId.bodyCentered : StyleId.body;
    case 'small':
      if (where.role === 'cell') return centred ? StyleId.tableSmallCentered : StyleId.tableSmall;
      return centred ? StyleId.smallCentered : StyleId.small;
    case 'headline':
      return StyleId.headline;
    case 'placeholder':
      return StyleId.placeholder;
    case 'caption':
      return StyleId.caption;
  }
}
