// Test helpers (not tests) for "migration N from N-1 with data in it": build a workspace
// file as an older app left it, write data into it with plain SQL, then migrate it.
//
//   const step = migrateOneStep(4, `INSERT INTO companies (...) VALUES (...)`);
//   // step.db is at version 5: migration 5 alone ran, on real rows; step.before holds
//   // every row the file had at version 4, to check they came through.
//   step.dispose();
//
// migrateOneStep is what each migration's own test uses (db/migrations/NNN-what.test.ts): it
// runs only migration N, so the test keeps meaning the same when later migrations are added.
// migrateFrom opens the old file with today's app instead (every newer migration runs), for
// tests that then use the app's API on what an old file held.
//
// When migration N+1 is added, add NNN-what.test.ts calling migrateOneStep(N, seedSql) with
// rows in every table the migration touches.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate, schemaVersion } from '../db/open';
import { WorkspaceSession } from '../workspace/session';
import { tempDir } from './workspace';
import { localSessionOptions } from '../workspace/localKeys';

export interface OldWorkspace {
  dir: string;
  file: string;
  /** The version the file had before today's app opened it. */
  fromVersion: number;
  dispose(): void;
}

/** A workspace file at `version` (0 = a brand-new empty file) with `seedSql` run on it, closed. */
export function workspaceAtVersion(version: number, seedSql = ''): OldWorkspace {
  const dir = tempDir('liaison-migrate-');
  const file = path.join(dir, `v${version}.sqlite`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  if (schemaVersion(db) !== version) throw new Error(`could not build a v${version} file`);
  if (seedSql) db.exec(seedSql);
  db.close();
  return { dir, file, fromVersion: version, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A file at `version` with `seedSql` in it, then the next migration alone run on it with
 * foreign keys on, as db/open.ts runs migrations. `before` is every row the file held first,
 * `schemaBefore` its schemaText.
 */
export function migrateOneStep(version: number, seedSql: string): OldWorkspace & { db: Database.Database; before: Contents; schemaBefore: string } {
  const old = workspaceAtVersion(version, seedSql);
  const db = new Database(old.file);
  db.pragma('foreign_keys = ON');
  const before = contentsOf(db);
  const schemaBefore = schemaText(db);
  migrate(db, version + 1);
  if (schemaVersion(db) !== version + 1) throw new Error(`migration ${version + 1} did not run`);
  return {
    ...old,
    db,
    before,
    schemaBefore,
    dispose: () => {
      if (db.open) db.close();
      old.dispose();
    },
  };
}

/** Builds a file at `version` with `seedSql` in it, then opens it with today's app (which migrates it). */
export function migrateFrom(version: number, seedSql: string): OldWorkspace & { session: WorkspaceSession } {
  const old = workspaceAtVersion(version, seedSql);
  const session = new WorkspaceSession(old.file, localSessionOptions(old.dir));
  return {
    ...old,
    session,
    dispose: () => {
      session.close();
      old.dispose();
    },
  };
}

/**
 * The schema of an open file as text: user_version, application_id and every entry of
 * sqlite_schema (type, name, table, SQL), in a stable order. Entries SQLite makes itself
 * (the automatic indexes of PRIMARY KEY and UNIQUE constraints) have no SQL: a comment says so.
 */
export function schemaText(db: Database.Database): string {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as
    { type: string; name: string; tbl_name: string; sql: string | null }[];
  return [
    `PRAGMA user_version = ${String(db.pragma('user_version', { simple: true }))};`,
    `PRAGMA application_id = ${String(db.pragma('application_id', { simple: true }))};`,
    ...rows.map((r) => `\n-- ${r.type} ${r.name} ON ${r.tbl_name}\n${r.sql === null ? '-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)' : `${r.sql};`}`),
  ].join('\n');
}

/** Every row of every table that holds data, by table name (FTS5 indexes and their own tables left out). */
export type Contents = Record<string, unknown[]>;

export function contentsOf(db: Database.Database): Contents {
  const list = db.pragma('table_list') as { schema: string; name: string; type: string; wr: number }[];
  const tables = list.filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_')).sort((a, b) => a.name.localeCompare(b.name));
  const contents: Contents = {};
  for (const t of tables) {
    // A WITHOUT ROWID table has no rowid to keep the order stable by: every column does.
    const columns = (db.pragma(`table_info("${t.name}")`) as { name: string }[]).map((c) => `"${c.name}"`);
    contents[t.name] = db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.wr ? columns.join(', ') : 'rowid'}`).all();
  }
  return contents;
}

/** Tables whose rows in `before` are not all still in `db`, unchanged (a dropped table counts), less `except`. */
export function changedTables(before: Contents, db: Database.Database, except: readonly string[] = []): string[] {
  const after = contentsOf(db);
  return Object.keys(before).filter((t) => !except.includes(t) && !isDeepStrictEqual(before[t], after[t]));
}

/** Fixed ids and a time for rows an old app wrote (UUID v7 shaped, as the app's are). */
export const oldId = (n: number): string => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const OLD_AT = '2018-09-10T08:00:00.000Z';
