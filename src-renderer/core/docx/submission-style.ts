import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import type { SubmissionLayout } from '../programme/submission-settings.js';

/**
 * How a submission looks, from the programme's layout settings (by default what UK
 * handbooks usually ask for: A4, 2.54 cm margins, Arial 12, 1.5 line spacing).
 * Sizes are in Word's units: twentieths of a point (twips) and half-points.
 */
const TWIPS_PER_CM = 567;
const A4 = { width: 11906, height: 16838 };

export function pageFor(layout: SubmissionLayout) {
  const margin = Math.round(layout.marginCm * TWIPS_PER_CM);
  return {
    size: A4,
    margin: { top: margin, right: margin, bottom: margin, left: margin, header: 708, footer: 708 },
  } as const;
}

/** The width text may take on the page, in pixels at 96 to the inch (as pictures are sized). */
export function textWidthPx(layout: SubmissionLayout): number {
  return Math.floor(((21 - 2 * layout.marginCm) / 2.54) * 96);
}

export function stylesFor(layout: SubmissionLayout): IStylesOptions {
  const font = layout.font;
  const body = layout.fontSizePt * 2;
  // Word's "Multiple" line spacing, in 240ths of a line.
  const line = Math.round(layout.lineSpacing * 240);
  return {
    default: {
      // The rule is written out: LibreOffice reads a missing one as exact, which clips pictures.
      document: {
        run: { font, size: body },
        paragraph: { spacing: { line, lineRule: LineRuleType.AUTO, after: 160 } },
      },
      title: { run: { font, size: body + 12, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { font, size: body + 8, bold: true, color: '000000' },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font, size: body + 4, bold: true, color: '000000' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font, size: body, bold: true, italics: true, color: '000000' },
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
      // Tables and captions are read closely, not at length: single-spaced and a little smaller.
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: Math.max(18, body - 4) },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 40, after: 40 } },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, size: Math.max(18, body - 4) },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      {
        id: 'CoverDetail',
        name: 'Cover Detail',
        basedOn: 'Normal',
        run: {},
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 60, after: 60 } },
      },
      {
        id: 'SmallPrint',
        name: 'Small Print',
        basedOn: 'Normal',
        run: { size: Math.max(18, body - 4) },
        paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO, after: 120 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: body + 8, bold: true },
        paragraph: { spacing: { after: 240 } },
      },
    ],
  };
}

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

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
/** Every table's lines: thin and grey, inside and out. */
export const TABLE_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
} as const;
export const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;
/** A header row's cells: lightly shaded, so the header reads as one even where it repeats on the next page. */
export const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } as const;
