import { ImageRun, LineRuleType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { pictureForExport } from '../pictures/picture.js';

/** Tallest a picture may be on the page, in pixels at 96 to the inch (about 11 cm). */
const MAX_PICTURE_HEIGHT_PX = 420;

/**
 * Pictures in the document, numbered in order wherever they come from (figures in the text,
 * pictures attached to evidence): each scaled to the text width, upright, with its caption
 * "Figure N: …" kept on the same page.
 */
export class FigureWriter {
  private count = 0;

  constructor(readonly textWidthPx: number) {}

  /**
   * The picture and its caption; a file that is not a PNG or JPEG the app can read is named
   * instead. `description` is what a screen reader says for the picture (its caption's words,
   * or else its file's name). `widthPx` is the room it has: the text's width, or a table cell's.
   */
  figure(bytes: Uint8Array | undefined, name: string, caption: readonly ParagraphChild[], description = name, widthPx = this.textWidthPx): Paragraph[] {
    const picture = bytes === undefined ? undefined : pictureForExport(bytes);
    this.count += 1;
    const label = caption.length === 0 ? `Figure ${this.count}` : `Figure ${this.count}: `;
    const captionParagraph = new Paragraph({ style: 'Caption', children: [new TextRun(label), ...caption] });
    if (picture === undefined) {
      const why = bytes === undefined ? 'could not be found in the portfolio' : 'could not be read';
      return [new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`[The picture “${name}” ${why}.]`)] }), captionParagraph];
    }
    const sideways = picture.quarterTurns % 2 === 1;
    const [shownWidth, shownHeight] = sideways ? [picture.heightPx, picture.widthPx] : [picture.widthPx, picture.heightPx];
    const scale = Math.min(1, widthPx / shownWidth, MAX_PICTURE_HEIGHT_PX / shownHeight);
    const width = Math.max(1, Math.round(picture.widthPx * scale));
    const height = Math.max(1, Math.round(picture.heightPx * scale));
    return [
      new Paragraph({
        keepNext: true,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
        children: [
          new ImageRun({
            type: picture.format,
            data: picture.bytes,
            transformation: { width, height, rotation: picture.quarterTurns * 90, ...(picture.mirrored ? { flip: { horizontal: true } } : {}) },
            altText: { name, description, title: description },
          }),
        ],
      }),
      captionParagraph,
    ];
  }
}
