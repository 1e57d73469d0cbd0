import { ImageRun, LineRuleType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { pictureForExport } from '../pictures/picture.js';
import { printedSize } from '../pictures/print-size.js';

/**
 * Pictures in the document, numbered in order wherever they come from (figures in the text,
 * pictures attached to evidence): each scaled to the text width, upright, with its caption
 * "Figure N: …" kept on the same page.
 */
export class FigureWriter {
  private count = 0;

  constructor(readonly textWidthPx: number) {}

  /**
   * The picture and its caption; a file that is not a PNG or JPEG the app can read is noted
   * instead. The picture's file name goes nowhere in the document, not even where Word keeps
   * a picture's name and description out of sight ("IMG_2041.jpg" or "jayden_reading.jpg" would
   * leave in an anonymised submission): what a screen reader says is `description` (the
   * caption's words) or else "Figure N". `widthPx` is the room it has: the text's width, or a
   * table cell's.
   */
  figure(
    bytes: Uint8Array | undefined,
    caption: readonly ParagraphChild[],
    description: string,
    widthPx = this.textWidthPx,
  ): Paragraph[] {
    const picture = bytes === undefined ? undefined : pictureForExport(bytes);
    this.count += 1;
    const label = `Figure ${this.count}`;
    const captionParagraph = new Paragraph({
      style: 'Caption',
      children: [new TextRun(caption.length === 0 ? label : `${label}: `), ...caption],
    });
    if (picture === undefined) {
      const why = bytes === undefined ? 'could not be found in the portfolio' : 'could not be read';
      return [
        new Paragraph({
          style: 'Caption',
          keepNext: true,
          children: [new TextRun(`[The picture for ${label} ${why}.]`)],
        }),
        captionParagraph,
      ];
    }
    const spoken = description.trim() === '' ? label : description.trim();
    const sideways = picture.quarterTurns % 2 === 1;
    const stored = { widthPx: picture.widthPx, heightPx: picture.heightPx };
    const printed = printedSize(sideways ? { widthPx: stored.heightPx, heightPx: stored.widthPx } : stored, widthPx);
    // Word turns the picture after sizing it, so the size is given as stored.
    const [width, height] = sideways ? [printed.heightPx, printed.widthPx] : [printed.widthPx, printed.heightPx];
    return [
      new Paragraph({
        keepNext: true,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
        children: [
          new ImageRun({
            type: picture.format,
            data: picture.bytes,
            transformation: {
              width,
              height,
              // Word mirrors a picture, then turns it (ECMA-376 part 3, the transform's order);
              // EXIF turns, then mirrors: so a mirrored picture is turned the other way.
              rotation: (picture.mirrored ? (4 - picture.quarterTurns) % 4 : picture.quarterTurns) * 90,
              ...(picture.mirrored ? { flip: { horizontal: true } } : {}),
            },
            altText: { name: label, description: spoken, title: spoken },
          }),
        ],
      }),
      captionParagraph,
    ];
  }
}
