// The shape of one migration. Each numbered file beside this one exports one; index.ts
// lists them in order and db/open.ts runs them.
import type Database from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Rows a new workspace starts with, written in the migration's transaction. */
  seed?: (db: Database.Database) => void;
  /** Rows derived from what an existing workspace holds, written in the migration's transaction after `sql`. */
  data?: (db: Database.Database) => void;
  /**
   * VACUUM the file after the migration's transaction commits (VACUUM cannot run inside one):
   * the file is written again from its live rows, so nothing deleted before stays in it.
   */
  vacuumAfter?: boolean;
}
