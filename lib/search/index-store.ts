import type { MinutesDb } from '../db/schema';
import type { IndexStore } from './stored-index';

/** Stored search indexes in the database's `searchIndex` table (version 4): the newest row only. */
export function dexieIndexStore(db: MinutesDb): IndexStore {
  return {
    get: (key) => db.searchIndex.get(key),
    put: (row) =>
      db.transaction('rw', db.searchIndex, async () => {
        await db.searchIndex.where('key').notEqual(row.key).delete();
        await db.searchIndex.put(row);
      }),
  };
}
