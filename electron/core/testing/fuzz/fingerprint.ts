// A cheap fingerprint of everything a write could change: each table's row count, and for
// tables that have them the latest updated_at and the number of soft-deleted rows. Two equal
// fingerprints around a refused call mean the call wrote nothing (a write always adds, removes,
// stamps or deletes a row; the FTS shadow tables are counted too). A transaction rolled back
// leaves it as it was, as it should.
import type { Db } from '../../db/open';

const statements = new WeakMap<Db, { get(): unknown }>();

function statementFor(db: Db) {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`)
    .all() as { name: string }[];
  const parts = tables.map(({ name }) => {
    const columns = new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name));
    const q = `"${name.replaceAll('"', '""')}"`;
    const updated = columns.has('updated_at') ? `, max(updated_at)` : '';
    const deleted = columns.has('deleted_at') ? `, count(deleted_at)` : '';
    return `(SELECT concat_ws(',', count(*)${updated}${deleted}) FROM ${q})`;
  });
  return db.prepare(`SELECT concat_ws('|', ${parts.join(', ')}) AS f`).pluck();
}

export function fingerprint(db: Db): string {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = statementFor(db)));
  return s.get() as string;
}
