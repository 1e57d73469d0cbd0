import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * How a submission looks: what UK university handbooks usually ask for — A4,
 * 2.54 cm margins, a plain 12-point font, 1.5 line spacing, numbered pages.
 * Sizes are in Word's units: twentieths of a point (twips) and half-points.
 */
const TWIPS_PER_CM = 567;
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708 },
} as const;

const FONT = 'Arial';
const BODY_SIZE = 24;
const ONE_AND_A_HALF_LINES = 360;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE },
      paragraph: { spacing: { line: ONE_AND_A_HALF_LINES, after: 160 } },
    },
    title: { run: { font: FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: 28, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, italics: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 2 },
    },
  },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true },
      paragraph: { indent: { left: Math.round(1.27 * TWIPS_PER_CM), right: Math.round(1.27 * TWIPS_PER_CM) } },
    },
  ],
};

export const BULLET_LIST = 'bullet-list';
export const NUMBERED_LIST = 'numbered-list';
export const LIST_LEVELS = 3;

const BULLETS = ['\u2022', '\u25E6', '\u25AA'] as const;
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

function indent(level: number) {
  return { indent: { left: 720 * (level + 1), hanging: 360 } };
}

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: BULLETS.map((text, level) => ({
        level,
        format: LevelFormat.BULLET,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: indent(level) },
      })),
    },
    {
      reference: NUMBERED_LIST,
      levels: NUMBER_FORMATS.map((format, level) => ({
        level,
        format,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: indent(level) },
      })),
    },
  ],
};

/** Left indent for a list item's second and later paragraphs, so they line up under its text. */
export function listContinuationIndent(level: number) {
  return indent(level).indent.left;
}
