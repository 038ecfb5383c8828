/**
 * Removing applicants' files so that none outlives its row. Deleting sites queue the keys in
 * the transaction that deletes the rows (`queueFileRemovals`), then remove them after the
 * commit (`removeQueuedFiles`); a key the store could not remove stays queued and the nightly
 * retention job tries again. Files that never got a row (a refused upload) are removed at once
 * and queued only if that fails (`removeFiles`).
 */
import { inArray } from 'drizzle-orm';
import { fileRemovals, type Database, type Executor } from '@samenwerven/db';
import type { FileStore } from './file-store.ts';

export async function queueFileRemovals(tx: Executor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .insert(fileRemovals)
    .values(keys.map((storageKey) => ({ storageKey })))
    .onConflictDoNothing();
}

/** Removes the queued files (those of `keys`, or all); returns how many are still queued. */
export async function removeQueuedFiles(db: Database, store: FileStore, keys?: readonly string[]): Promise<number> {
  const queued =
    keys ?? (await db.select({ storageKey: fileRemovals.storageKey }).from(fileRemovals)).map((row) => row.storageKey);
  const removed: string[] = [];
  for (const key of queued) {
    // One file the store refuses must not keep the others: it stays queued for the next try.
    if (
      await store.remove(key).then(
        () => true,
        () => false,
      )
    )
      removed.push(key);
  }
  if (removed.length > 0) await db.delete(fileRemovals).where(inArray(fileRemovals.storageKey, removed));
  return queued.length - removed.length;
}

/** Removes files that never belonged to a row; those the store refuses now are queued. */
export async function removeFiles(db: Database, store: FileStore, keys: readonly string[]): Promise<void> {
  const failed: string[] = [];
  for (const key of keys) await store.remove(key).catch(() => failed.push(key));
  await queueFileRemovals(db, failed);
}
