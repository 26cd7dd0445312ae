// Migration 13: team sync (issue 13). Frozen once shipped: never edit it then; add a migration
// instead.
//
// - sync_state (one row): whether writes are captured, this computer's id and what it is bound
//   to (installation + path: a copy of the file gets an id of its own), the change counter, the
//   last packet sent, the team.
// - sync_outbox: raw row changes written by the capture triggers in the write's own transaction.
// - sync_outgoing: packed changes not yet in a packet. sync_heads: per-field versions.
//   sync_tombstones: hard-deleted rows. sync_parked: changes that wait (a parent not here yet)
//   and duplicates kept aside. sync_packets / sync_seen: what has been applied here.
//   sync_peers: colleagues' computers, from packet manifests.
// - Capture triggers on every synced table, generated from the list below. The list is literal
//   (as the schema was when this shipped), never read from the live schema: a migration must
//   do the same thing years later. electron/core/sync/tables.ts is the app's live list; a later
//   migration that adds a column must also replace that table's triggers.
// - Audit: the integer id becomes a random TEXT id (UUID v7, in the old order) so audit trails
//   of several computers merge, and each row names the computer it came from (NULL before).
import type Database from 'better-sqlite3-multiple-ciphers';
import { newId } from './frozenIds';
import type { Migration } from './types';

/** table, primary-key columns, captured columns (space-separated), BLOB columns (left out of the JSON). */
const SYNCED: readonly [string, readonly string[], string, string?][] = [
  ['staff', ['id'], 'id name title phone created_at updated_at deleted_at'],
  ['lookups', ['id'], 'id kind name sort_order created_at updated_at deleted_at'],
  ['job_types', ['id'], 'id name sort_order created_at updated_at deleted_at'],
  ['prefectures', ['id'], 'id name sort_order created_at updated_at deleted_at'],
  ['counties', ['id'], 'id prefecture_id name sort_order created_at updated_at deleted_at'],
  ['vetting_templates', ['id'], 'id name created_at updated_at deleted_at'],
  ['vetting_template_versions', ['id'], 'id template_id version content created_by created_at updated_at'],
  ['companies', ['id'], 'id name name_key name_core name_sort credit_code town_id industry_id headcount address tags status notes created_at updated_at deleted_at'],
  ['contacts', ['id'], 'id company_id name role phone note sort_order created_at updated_at'],
  ['visits', ['id'], 'id company_id visit_date purpose business environment wages lodging pay_min pay_max dorm_provided people_per_room meals_provided notes created_by created_at updated_at deleted_at'],
  ['visit_staff', ['visit_id', 'staff_id'], 'visit_id staff_id'],
  ['follow_ups', ['id'], 'id visit_id what who_staff_id due_date done_at sort_order created_at updated_at'],
  ['vettings', ['id'], 'id company_id visit_id template_version_id template suggestions context override_verdict override_reason verdict score signed_off_at signed_off_by amends_id amended_by started_by created_at updated_at'],
  ['vetting_answers', ['vetting_id', 'item_key'], 'vetting_id item_key value note answered_at answered_by'],
  ['vetting_photos', ['id'], 'id vetting_id item_key mime width height bytes caption created_by created_at', 'data'],
  ['vetting_actions', ['id'], 'id vetting_id item_key what who_staff_id due_date done_at created_at updated_at'],
  ['positions', ['id'], 'id company_id job_type_id title headcount pay_min pay_max hours_per_day days_per_week shifts hours_note age_min age_max education skills certificates room_included board_included suitable_for_rural valid_from valid_to notes created_at updated_at deleted_at'],
  ['trips', ['id'], 'id title prefecture_id start_date end_date purpose status notes copied_from created_at updated_at deleted_at'],
  ['trip_counties', ['trip_id', 'county_id'], 'trip_id county_id sort_order'],
  ['trip_members', ['id'], 'id trip_id name role organisation phone contact_id staff_id sort_order created_at updated_at'],
  ['trip_companies', ['trip_id', 'company_id'], 'trip_id company_id verdict override_reason sort_order created_at updated_at'],
  ['trip_positions', ['trip_id', 'position_id'], 'trip_id company_id position_id sort_order'],
  ['itinerary_items', ['id'], 'id trip_id kind title starts_at ends_at place county_id local_contact local_contact_phone track travel notes created_at updated_at'],
  ['itinerary_item_members', ['item_id', 'member_id'], 'item_id member_id'],
  ['itinerary_item_companies', ['item_id', 'company_id'], 'item_id trip_id company_id'],
  ['event_outcomes', ['item_id'], 'item_id positions_offered positions_offered_about job_seekers job_seekers_about resumes resumes_about intentions intentions_about intentions_poor intentions_poor_about hired hired_about trainees trainees_about training_hours notes created_at updated_at'],
  ['event_outcome_companies', ['item_id', 'company_id'], 'item_id company_id resumes resumes_about intentions intentions_about intentions_poor intentions_poor_about sort_order'],
  ['agreements', ['id'], 'id type title parties copies signed_on prefecture_id trip_id item_id notes created_at updated_at deleted_at'],
  ['agreement_targets', ['id'], 'id agreement_id description metric target due_date achieved sort_order created_at updated_at'],
  ['agreement_documents', ['id'], 'id agreement_id file_name mime bytes created_at', 'data'],
  ['placement_batches', ['id'], 'id arrived_on workers poor prefecture_id county_id trip_id notes created_at updated_at deleted_at'],
  ['placement_employers', ['batch_id', 'company_id'], 'batch_id company_id workers sort_order'],
  ['retention_checkins', ['id'], 'id checked_on still_working poor prefecture_id batch_id notes created_at updated_at deleted_at'],
  ['audit', ['id'], 'id at staff_id entity entity_id action changes computer_id'],
];

const WHEN = 'WHEN (SELECT capture FROM sync_state) = 1';
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** The three capture triggers of one table, as the app's sync/capture.ts expects them. */
function triggers([table, pk, columnList, blobList]: (typeof SYNCED)[number]): string {
  const cols = columnList.split(' ');
  const blobs = blobList ? blobList.split(' ') : [];
  const obj = (row: 'NEW' | 'OLD') => `json_object(${cols.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;
  const key = (row: 'NEW' | 'OLD') => `json_array(${pk.map((c) => `${row}."${c}"`).join(', ')})`;
  const insert = (op: string, keyRow: 'NEW' | 'OLD', old: string, neu: string) =>
    `INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('${table}', ${key(keyRow)}, '${op}', ${old}, ${neu}, ${NOW});`;
  return `
CREATE TRIGGER sync_capture_${table}_insert AFTER INSERT ON ${table} ${WHEN} BEGIN
  ${insert('I', 'NEW', 'NULL', obj('NEW'))}
END;
CREATE TRIGGER sync_capture_${table}_update AFTER UPDATE OF ${[...cols, ...blobs].map((c) => `"${c}"`).join(', ')} ON ${table} ${WHEN} BEGIN
  ${insert('U', 'OLD', obj('OLD'), obj('NEW'))}
END;
CREATE TRIGGER sync_capture_${table}_delete AFTER DELETE ON ${table} ${WHEN} BEGIN
  ${insert('D', 'OLD', obj('OLD'), 'NULL')}
END;`;
}

const TABLES = `
CREATE TABLE sync_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  capture     INTEGER NOT NULL DEFAULT 0 CHECK (capture IN (0, 1)),
  computer_id TEXT,
  bound_to    TEXT,
  counter     INTEGER NOT NULL DEFAULT 0,
  sent_seq    INTEGER NOT NULL DEFAULT 0,
  team_id     TEXT
) STRICT;
INSERT INTO sync_state (id, capture, counter) VALUES (1, 0, 0);

CREATE TABLE sync_outbox (
  n     INTEGER PRIMARY KEY,
  tbl   TEXT NOT NULL,
  pk    TEXT NOT NULL,
  op    TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
  old   TEXT,
  new   TEXT,
  at    TEXT NOT NULL,
  force TEXT
) STRICT;

CREATE TABLE sync_outgoing (
  counter INTEGER PRIMARY KEY,
  change  TEXT NOT NULL
) STRICT;

CREATE TABLE sync_heads (
  tbl     TEXT NOT NULL,
  pk      TEXT NOT NULL,
  col     TEXT NOT NULL,
  ver     TEXT NOT NULL,
  current INTEGER NOT NULL CHECK (current IN (0, 1)),
  value   TEXT,
  old     TEXT,
  by      TEXT,
  at      TEXT,
  PRIMARY KEY (tbl, pk, col, ver)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_heads_waiting ON sync_heads (current) WHERE current = 0;

CREATE TABLE sync_tombstones (
  tbl TEXT NOT NULL,
  pk  TEXT NOT NULL,
  ver TEXT NOT NULL,
  row TEXT,
  by  TEXT,
  at  TEXT NOT NULL,
  PRIMARY KEY (tbl, pk)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_parked (
  n        INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('wait', 'duplicate')),
  tbl      TEXT NOT NULL,
  pk       TEXT NOT NULL,
  other_pk TEXT,
  change   TEXT,
  origin   TEXT,
  at       TEXT NOT NULL
) STRICT;
CREATE INDEX sync_parked_row ON sync_parked (tbl, pk);

CREATE TABLE sync_packets (
  origin     TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  applied_at TEXT NOT NULL,
  changes    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (origin, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_seen (
  computer_id TEXT PRIMARY KEY,
  counter     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_peers (
  computer_id      TEXT PRIMARY KEY,
  computer_name    TEXT,
  user_name        TEXT,
  applied_seq      INTEGER NOT NULL DEFAULT 0,
  last_change_at   TEXT,
  last_received_at TEXT,
  vector           TEXT NOT NULL DEFAULT '{}'
) STRICT;
`;

const AUDIT = `
CREATE TABLE audit_text_ids (
  id          TEXT PRIMARY KEY,
  at          TEXT NOT NULL,
  staff_id    TEXT,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  action      TEXT NOT NULL,
  changes     TEXT NOT NULL,
  computer_id TEXT
) STRICT;
`;

/** Audit rows get random ids in their old order (UUID v7 ids made one after another sort as made). */
function auditTextIds(db: Database.Database): void {
  const rows = db.prepare('SELECT id, at, staff_id, entity, entity_id, action, changes FROM audit ORDER BY id').all() as Record<string, unknown>[];
  const insert = db.prepare(
    'INSERT INTO audit_text_ids (id, at, staff_id, entity, entity_id, action, changes) VALUES (@newId, @at, @staff_id, @entity, @entity_id, @action, @changes)',
  );
  for (const r of rows) insert.run({ ...r, newId: newId() });
  db.exec(`
DROP TABLE audit;
ALTER TABLE audit_text_ids RENAME TO audit;
CREATE INDEX audit_by_entity ON audit (entity_id, id);`);
  db.exec(SYNCED.map(triggers).join('\n'));
}

const migration: Migration = {
  version: 13,
  name: 'team-sync',
  sql: TABLES + AUDIT,
  data: auditTextIds,
};

export default migration;
