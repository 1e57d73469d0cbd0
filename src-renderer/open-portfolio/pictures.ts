import { useMemo } from 'react';
import { appDatabase } from '../db/app-database.js';
import { addPicture, pictureFile } from '../db/pictures.js';
import type { PictureStore } from '../editor/WritingEditor.js';
import { previewOf } from '../workers/picture-preview.js';
import { asKeptPhoto } from './heif-photos.js';

/**
 * Where the editors of one portfolio keep the pictures put in their text. A picture is shown
 * from its preview, made once and kept while the section (or item of evidence) is open: a
 * figure redrawn as the text changes does not decode its photo again.
 */
export function usePictureStore(portfolioId: string): PictureStore {
  return useMemo(() => {
    const previews = new Map<string, Promise<Blob | undefined>>();
    return {
      add: async (picture) => addPicture(appDatabase, portfolioId, await asKeptPhoto(picture)),
      load: (pictureId) => {
        const known = previews.get(pictureId);
        if (known !== undefined) return known;
        const made = pictureFile(appDatabase, pictureId).then((file) =>
          file === undefined ? undefined : previewOf(file),
        );
        previews.set(pictureId, made);
        // A picture not there yet (its text arrived first) is looked for again next time.
        void made.then((file) => file === undefined && previews.delete(pictureId));
        return made;
      },
    };
  }, [portfolioId]);
}
