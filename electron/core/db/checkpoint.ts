// After people's data is removed, the old page images that still hold it sit in the -wal
// file until a checkpoint copies the new pages into the database and the log is reset.
// secure_delete zeroes the freed pages in the database file; only a checkpoint that
// truncates the log removes their old images from the -wal.
import type { Db } from './open';

/**
 * Checkpoints the WAL and truncates it; when another connection is reading (the integrity
 * check thread, a backup) the log cannot be reset, so it copies what it can (PASSIVE) and the
 * next checkpoint that finds no reader truncates it. Never waits for readers: the busy
 * timeout is off for the call, so a purge does not hold the core for seconds.
 * Returns whether the log was truncated.
 */
export function checkpointAfterRemoval(db: Db): boolean {
  if (!db.open || db.readonly || db.inTransaction) return false;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [truncate] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (truncate && truncate.busy === 0) return true;
    db.pragma('wal_checkpoint(PASSIVE)');
    return false;
  } catch {
    // A lock held elsewhere: the pages leave the log at the next checkpoint.
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
