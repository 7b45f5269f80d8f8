import type { IDBPDatabase } from 'idb';
import { STORES, type AppDB } from './schema';

/**
 * Brings a database from `oldVersion` up to the current version, one step per version,
 * so a phone that skipped several releases still passes through every step.
 */
export function migrate(db: IDBPDatabase<AppDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(STORES.settings);
  }
}
