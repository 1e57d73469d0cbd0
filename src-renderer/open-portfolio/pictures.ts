import { useMemo } from 'react';
import { appDatabase } from '../db/app-database.js';
import { addPicture, pictureFile } from '../db/pictures.js';
import type { PictureStore } from '../editor/WritingEditor.js';
import { asKeptPhoto } from './heif-photos.js';

/** Where the editors of one portfolio keep the pictures put in their text. */
export function usePictureStore(portfolioId: string): PictureStore {
  return useMemo(
    () => ({
      add: async (picture) => addPicture(appDatabase, portfolioId, await asKeptPhoto(picture)),
      load: (pictureId) => pictureFile(appDatabase, pictureId),
    }),
    [portfolioId],
  );
}
