// Every call of a service prepares its SQL again, which is most of the cost of small writes
// (10,000 imported companies spent more time preparing than writing). The workspace's
// connection therefore keeps each distinct SQL text prepared once and hands the same
// statement back. Sharing is safe because nothing in the core changes a statement's state
// (pluck/raw/expand/bind) or iterates one lazily (`iterate`), and better-sqlite3 re-prepares
// a statement by itself after a schema change (migrations).
import type { Db } from './open';

const MAX_STATEMENTS = 2000; // SQL built with variable parts (IN lists, filters) stays bounded

export function cacheStatements(db: Db): Db {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  db.prepare = ((sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      s = prepare(sql);
      cache.set(sql, s);
    }
    return s;
  }) as Db['prepare'];
  return db;
}
