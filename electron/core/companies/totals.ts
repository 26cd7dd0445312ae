// The running total of companies per tag (table company_tag_counts, kept by the triggers of
// migration 9 in the same transaction as the records): the companies list's count for a tag
// filter, and a full recount from the records to check it against.
import type { Db } from '../db/open';

/** Companies out of the trash with this tag. */
export const countTagged = (db: Db, tag: string): number =>
  (db.prepare('SELECT n FROM company_tag_counts WHERE tag = ?').get(tag) as { n: number } | undefined)?.n ?? 0;

export type TagCounts = { tag: string; n: number }[];

/** The counts as stored, without the tags that came down to 0. */
export const storedTagCounts = (db: Db): TagCounts => db.prepare('SELECT tag, n FROM company_tag_counts WHERE n <> 0 ORDER BY tag').all() as TagCounts;

/** The counts again from the records. */
export const recountTagCounts = (db: Db): TagCounts =>
  db
    .prepare('SELECT j.value AS tag, count(DISTINCT c.id) AS n FROM companies c, json_each(c.tags) j WHERE c.deleted_at IS NULL GROUP BY j.value ORDER BY j.value')
    .all() as TagCounts;
