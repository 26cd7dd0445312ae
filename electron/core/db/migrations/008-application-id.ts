// Migration 8: mark the file as this app's workspace in the SQLite header.
// Frozen once shipped: never edit it then; add a migration instead.
import type { Migration } from './types';

const migration: Migration = {
  version: 8,
  name: 'application_id: the file says it is a workspace of this app',
  // 1279869257 = 0x4C494149, the ASCII of "LIAI". Written as a literal, not imported from
  // db/appId.ts: a migration never depends on live code. The header field is written in the
  // migration's transaction like user_version, so it is set together with version 8 or not at all.
  sql: `
PRAGMA application_id = 1279869257;
`,
};

export default migration;
