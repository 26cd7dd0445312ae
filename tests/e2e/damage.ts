// Damages a workspace file behind the app's back, the way electron/core/db/migrations.test.ts
// does: one byte of a b-tree's root page zeroed, so the integrity check on open fails.
import fs from 'node:fs';
import { rawDb } from '../../electron/core/testing/workspace';

/** Zeroes the first byte of the root page of `tree` (a table or index) in the closed workspace `file`. */
export function damageRootPage(file: string, dataDir: string, tree: string): void {
  const raw = rawDb(file, dataDir); // read-write, so closing it checkpoints and removes the WAL
  const { rootpage } = raw.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(tree) as { rootpage: number };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  if (fs.existsSync(`${file}-wal`)) throw new Error('the WAL is still there: close the workspace first');
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.from([0]), 0, 1, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}
