// Test helper (not a test) for "migration N from N-1 with data in it": builds a workspace
// file as an older app left it, writes data into it with plain SQL, then opens it with
// today's app so every newer migration runs on real rows.
//
//   const old = migrateFrom(1, `INSERT INTO companies (...) VALUES (...)`);
//   // old.session is migrated to LATEST_VERSION; assert the rows came through.
//   old.dispose();
//
// When migration N+1 is added, add a test that calls migrateFrom(N, seedSql) with rows in
// every table the migration touches.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate, schemaVersion } from '../db/open';
import { WorkspaceSession } from '../workspace/session';
import { tempDir } from './workspace';

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

/** Builds a file at `version` with `seedSql` in it, then opens it with today's app (which migrates it). */
export function migrateFrom(version: number, seedSql: string): OldWorkspace & { session: WorkspaceSession } {
  const old = workspaceAtVersion(version, seedSql);
  const session = new WorkspaceSession(old.file);
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
