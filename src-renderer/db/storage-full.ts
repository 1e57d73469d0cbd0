import type { Dexie, DBCore, DBCoreTransaction } from 'dexie';
import { isStorageFull } from './describe-storage-error.js';

/**
 * Calls `onFull` whenever a write is refused because the computer's storage is full, wherever in
 * the app it was made: the browser reports it on the request, or only when the transaction
 * aborts at commit, so both are watched. The write itself still fails as before, and whatever
 * was saved earlier is untouched (IndexedDB rolls back only the refused transaction).
 * Call it before the database first opens: Dexie builds its middleware then.
 */
export function watchForStorageFull(database: Dexie, onFull: () => void): void {
  database.use({
    stack: 'dbcore',
    name: 'storage-full',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction: DBCoreTransaction = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && transaction instanceof EventTarget) {
          transaction.addEventListener('abort', () => {
            if (isStorageFull((transaction as unknown as IDBTransaction).error)) onFull();
          });
        }
        return transaction;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).catch((error: unknown) => {
              if (isStorageFull(error)) onFull();
              throw error;
            }),
        };
      },
    }),
  });
}
