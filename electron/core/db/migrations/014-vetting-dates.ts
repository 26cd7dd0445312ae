// Migration 14: a vetting's own dates (issue 14). Frozen once shipped: never edit it then; add a
// migration instead.
//
// - vetted_on: the day the vetting was done (YYYY-MM-DD, the user's calendar), and
//   signed_off_on: the day it was signed off, which the expiry counts from. Both can be set by the
//   user (past work recorded as it happened), so they are dates of their own; signed_off_at stays
//   the moment the sign-off was recorded (a draft is the row whose signed_off_at is NULL).
// - Existing rows: the vetting was done the day it was started and signed off the day it was
//   recorded, so both are the local calendar day of those moments: the same day the app counted
//   the expiry from until now (shared/vetting/expiry.ts took the local day of signed_off_at), so no
//   vetting's expiry moves. SQLite's 'localtime' reads the same time zone as the app's Date.
// - Team sync captures every column of a synced table in its triggers (migration 13): the vettings
//   triggers are made again with the two columns, from a list copied here as the table is now.
//   The backfill runs before they are replaced and the old ones do not watch the new columns, so
//   it writes nothing to the outbox: every computer backfills its own rows the same way.
import type { Migration } from './types';

const TABLE = 'vettings';
const PK = ['id'];
const COLUMNS = [
  'id', 'company_id', 'visit_id', 'template_version_id', 'template', 'suggestions', 'context', 'override_verdict', 'override_reason',
  'verdict', 'score', 'signed_off_at', 'signed_off_by', 'amends_id', 'amended_by', 'started_by', 'created_at', 'updated_at',
  'vetted_on', 'signed_off_on',
];

const WHEN = 'WHEN (SELECT capture FROM sync_state) = 1';
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
const obj = (row: 'NEW' | 'OLD') => `json_object(${COLUMNS.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;
const key = (row: 'NEW' | 'OLD') => `json_array(${PK.map((c) => `${row}."${c}"`).join(', ')})`;
const insert = (op: string, keyRow: 'NEW' | 'OLD', old: string, neu: string) =>
  `INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('${TABLE}', ${key(keyRow)}, '${op}', ${old}, ${neu}, ${NOW});`;

const TRIGGERS = `
DROP TRIGGER sync_capture_${TABLE}_insert;
DROP TRIGGER sync_capture_${TABLE}_update;
DROP TRIGGER sync_capture_${TABLE}_delete;
CREATE TRIGGER sync_capture_${TABLE}_insert AFTER INSERT ON ${TABLE} ${WHEN} BEGIN
  ${insert('I', 'NEW', 'NULL', obj('NEW'))}
END;
CREATE TRIGGER sync_capture_${TABLE}_update AFTER UPDATE OF ${COLUMNS.map((c) => `"${c}"`).join(', ')} ON ${TABLE} ${WHEN} BEGIN
  ${insert('U', 'OLD', obj('OLD'), obj('NEW'))}
END;
CREATE TRIGGER sync_capture_${TABLE}_delete AFTER DELETE ON ${TABLE} ${WHEN} BEGIN
  ${insert('D', 'OLD', obj('OLD'), 'NULL')}
END;`;

const SQL = `
ALTER TABLE vettings ADD COLUMN vetted_on TEXT;
ALTER TABLE vettings ADD COLUMN signed_off_on TEXT;
UPDATE vettings SET vetted_on = date(created_at, 'localtime'), signed_off_on = date(signed_off_at, 'localtime');
${TRIGGERS}
`;

const migration: Migration = {
  version: 14,
  name: 'vetting-dates',
  sql: SQL,
};

export default migration;
