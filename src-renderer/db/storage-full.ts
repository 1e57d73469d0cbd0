import type { Dexie, DBCore, DBCoreTransaction } from 'dexie';
import { isStorageFull } from '../core/failure/failure.js';

/**
 * Calls `onFull` whenever a write is refused because the computer's storage is full, wherever in
 * the app it was made, and `onRoom` whenever a write goes through: the browser reports it on the request, or only when the transaction
 * aborts at commit, so both are watched. The write itself still fails as before, and whatever
 * was saved earlier is untouched (IndexedDB rolls back only the refused transaction).
 * Call it before the database first opens: Dexie builds its middleware then.
 */
export function watchForStorageFull(database: Dexie, onFull: () => void, onRoom: () => void = () => undefined): void {
  database.use({
    stack: 'dbcore',
    name: 'storage-full',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction: DBCoreTransaction = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && 'addEventListener' in transaction) {
          const watched = transaction as unknown as IDBTransaction;
          watched.addEventListener('abort', () => {
            if (isStorageFull(watched.error)) onFull();
          });
          // A write that went through: there is room again.
          watched.addEventListener('complete', onRoom);
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
