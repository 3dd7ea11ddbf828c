import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

/** The references of the two list definitions; each list is an instance of one of them. */
export const ListRef = { bullet: 'bilan-bullet', ordered: 'bilan-ordered' } as const;

const BULLETS = ['•', '◦', '‣'];
const FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
/** Indent per nesting level and the hanging room for the bullet or number, in twips. */
const STEP = 360;

function indent(level: number) {
  return { paragraph: { indent: { left: STEP * (level + 1), hanging: STEP } } };
}

/**
 * The document's list definitions (Word's abstract numbering): bullets •, ◦, ‣ by level, and
 * numbers 1., a., i. by level. They are declared once; every list of the layout is a separate
 * instance of one of them, so numbering restarts with each list as the layout asks.
 */
export function listDefinitions(): INumberingOptions {
  const levels = Array.from({ length: 9 }, (_, level) => level);
  return {
    config: [
      {
        reference: ListRef.bullet,
        levels: levels.map((level) => ({ level, format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length]!, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
      {
        reference: ListRef.ordered,
        levels: levels.map((level) => ({ level, format: FORMATS[level % FORMATS.length]!, text: `%${level + 1}.`, start: 1, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
    ],
  };
}
