// Migration 10: the record of what leaves the workspace (Settings › 导出记录). Every export,
// saved or printed report, saved copy and backup to another place adds a row once its file is
// written. Frozen once shipped: never edit it then; add a migration instead.
//
// A row holds no personal data: `what` is a dataset or report key, `filter` the export's
// filter as JSON with any free search text left out (a search can be a person's name) and ids
// in place of names, `file_name` the base name the user gave the file (never the folder).
// `staff_id` has no foreign key, like audit's: the row outlives the staff member, and a purged
// member's name simply no longer shows.
import type { Migration } from './types';

const migration: Migration = {
  version: 10,
  name: 'export_log: what left the workspace, when, by whom',
  sql: `
CREATE TABLE export_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  staff_id  TEXT,
  kind      TEXT NOT NULL CHECK (kind IN ('export', 'report', 'copy', 'backup')),
  what      TEXT NOT NULL,
  filter    TEXT NOT NULL DEFAULT '{}',
  rows      INTEGER,
  file_name TEXT NOT NULL
) STRICT;
`,
};

export default migration;
