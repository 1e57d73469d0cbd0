import { keptPicture } from '../core/pictures/picture.js';
import type { AttachedFile } from '../core/submission/assemble.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

/** A picture to put in the text, as the candidate chose, pasted or dropped it. */
export interface NewPicture {
  readonly name: string;
  readonly data: Blob;
}

/**
 * Keeps a picture for a portfolio's text, without its metadata, and gives its id for the
 * figure, or refuses it with the reason (not a PNG or JPEG, too large) and keeps nothing.
 */
export async function addPicture(
  db: PortfolioDatabase,
  portfolioId: string,
  picture: NewPicture,
  now = Date.now(),
): Promise<string> {
  const checked = keptPicture(picture.name, new Uint8Array(await picture.data.arrayBuffer()));
  if (!checked.ok) throw new UserFacingError(checked.problem);
  const { name, mediaType, bytes } = checked.file;
  const id = crypto.randomUUID();
  await db.transaction('rw', db.portfolios, db.pictures, async () => {
    await db.pictures.add({
      id,
      portfolioId,
      name,
      mediaType,
      size: bytes.length,
      data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
      createdAt: now,
    });
  });
  return id;
}

/** A picture's file for display, or undefined when it is not there. */
export async function pictureFile(db: PortfolioDatabase, id: string): Promise<Blob | undefined> {
  return (await db.pictures.get(id))?.data;
}

/**
 * The pictures these documents show, as bytes, by id. Looked up by id, not by portfolio, so
 * a figure copied from another portfolio still exports with its picture.
 */
export async function picturesByIds(db: PortfolioDatabase, ids: readonly string[]): Promise<Map<string, AttachedFile>> {
  const found = await db.pictures.bulkGet([...ids]);
  const pictures = new Map<string, AttachedFile>();
  for (const picture of found) {
    if (picture !== undefined)
      pictures.set(picture.id, {
        name: picture.name,
        mediaType: picture.mediaType,
        bytes: new Uint8Array(await picture.data.arrayBuffer()),
      });
  }
  return pictures;
}
