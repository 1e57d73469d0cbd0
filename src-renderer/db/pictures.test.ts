import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pictureForExport } from '../core/pictures/picture.js';
import { TINY_PNG } from '../core/docx/sample-submission.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { PortfolioDatabase } from './database.js';
import { addPicture, pictureFile } from './pictures.js';
import { portfolioRecords } from './portfolio-records.js';
import { deletePortfolio, purgeDeletedPortfolios } from './portfolios.js';
import { saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const figure = (pictureId: string) => ({
  type: 'doc',
  content: [
    {
      type: 'figure',
      attrs: { pictureId, name: 'Chart.png' },
      content: [{ type: 'figureCaption', content: [{ type: 'text', text: 'Attendance' }] }],
    },
  ],
});

describe('pictures in the text', () => {
  it('keeps a PNG or JPEG and gives it back by id, for display and for export', async () => {
    const id = await addPicture(db, portfolioId, { name: 'Chart.png', data: new Blob([TINY_PNG]) });
    const file = await pictureFile(db, id);
    expect(file?.type).toBe('image/png');
    expect(new Uint8Array(await file!.arrayBuffer())).toEqual(TINY_PNG);
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    await saveSectionDocument(db, section!.id, figure(id));
    const records = await portfolioRecords(db, portfolioId);
    expect([...(records?.pictures.keys() ?? [])]).toEqual([id]);
    expect(records?.pictures.get(id)).toEqual({ name: 'Chart.png', mediaType: 'image/png', bytes: TINY_PNG });
  });

  it('keeps a phone’s motion photo without its GPS position, author or video, still upright, under a name that is only a name', async () => {
    const photo = new Uint8Array(readFileSync(new URL('../core/pictures/fixtures/motion-photo.jpg', import.meta.url)));
    const id = await addPicture(db, portfolioId, {
      name: '/home/senco/Pictures/IMG_2041.jpg',
      data: new Blob([photo]),
    });
    const kept = new Uint8Array(await (await pictureFile(db, id))!.arrayBuffer());
    for (const words of ['Jayden', 'Greenfield', 'ftyp', 'GPS']) expect(Buffer.from(kept).includes(words)).toBe(false);
    expect(pictureForExport(kept)).toMatchObject({ quarterTurns: 1, widthPx: 640, heightPx: 480 });
    expect((await db.pictures.get(id))?.name).toBe('IMG_2041.jpg');
  });

  it('refuses what is not a PNG or JPEG, whatever its name, with the reason, and keeps nothing', async () => {
    await expect(addPicture(db, portfolioId, { name: 'Scan.png', data: new Blob(['%PDF-1.7']) })).rejects.toThrow(
      '“Scan.png” is not a PNG or JPEG picture, so it cannot go in your text. Save it as PNG or JPEG and add it again.',
    );
    expect(await db.pictures.count()).toBe(0);
  });

  it('goes when its portfolio is deleted for good', async () => {
    await addPicture(db, portfolioId, { name: 'Chart.png', data: new Blob([TINY_PNG]) });
    await deletePortfolio(db, portfolioId, 1);
    expect(await purgeDeletedPortfolios(db, 2)).toBe(1);
    expect(await db.pictures.count()).toBe(0);
  });
});
