// Free-text search shared by every list. Each word of the query must occur in the
// record's search text. The FTS5 trigram index answers LIKE patterns of three or
// more characters from the index; shorter words fall back to scanning the same text.

/** The words of a query, at most five, longest first so the most selective runs first. */
export function searchTerms(query: string): string[] {
  return [...new Set(query.trim().split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length).slice(0, 5);
}

/** A LIKE pattern matching `term` anywhere, with LIKE's wildcards escaped. */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * SQL that keeps rows whose id is in the FTS table for every term.
 * `idColumn` is the outer query's id column; `fts` and `ftsId` name the FTS table and its id column.
 */
export function searchClause(idColumn: string, fts: string, ftsId: string, terms: string[]): { sql: string; params: string[] } {
  const sql = terms.map(() => `${idColumn} IN (SELECT ${ftsId} FROM ${fts} WHERE text LIKE ? ESCAPE '\\')`).join(' AND ');
  return { sql, params: terms.map(containsPattern) };
}
