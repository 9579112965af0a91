import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MinutesDb } from '../schema';

/** A MinutesDb over a fresh in-memory IndexedDB (fake-indexeddb), isolated from every other test. */
export function fakeDb(name = 'minutes-lens-test'): MinutesDb {
  return new MinutesDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
