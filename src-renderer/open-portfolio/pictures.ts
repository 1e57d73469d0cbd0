import { useMemo } from 'react';
import { appDatabase } from '../db/app-database.js';
import { addPicture, pictureFile } from '../db/pictures.js';
import type { PictureStore } from '../editor/WritingEditor.js';

/** Where the editors of one portfolio keep the pictures put in their text. */
export function usePictureStore(portfolioId: string): PictureStore {
  return useMemo(
    () => ({
      add: (picture) => addPicture(appDatabase, portfolioId, picture),
      load: (pictureId) => pictureFile(appDatabase, pictureId),
    }),
    [portfolioId],
  );
}
