-- The schema of a new workspace after every migration. Written by frozen.test.ts; do not edit.
PRAGMA user_version = 14;
PRAGMA application_id = 1279869257;

-- index agreement_documents_by_agreement ON agreement_documents
CREATE INDEX agreement_documents_by_agreement ON agreement_documents (agreement_id);

-- index agreement_targets_by_agreement ON agreement_targets
CREATE INDEX agreement_targets_by_agreement ON agreement_targets (agreement_id);

-- index agreements_by_signed ON agreements
CREATE INDEX agreements_by_signed ON agreements (signed_on) WHERE deleted_at IS NULL;

-- index agreements_by_trip ON agreements
CREATE INDEX agreements_by_trip ON agreements (trip_id) WHERE deleted_at IS NULL;

-- index audit_by_entity ON audit
CREATE INDEX audit_by_entity ON audit (entity_id, id);

-- index companies_by_industry ON companies
CREATE INDEX companies_by_industry ON companies (industry_id);

-- index companies_by_last_visit ON companies
CREATE INDEX companies_by_last_visit ON companies (last_visit_date IS NULL, last_visit_date DESC, name_sort, id) WHERE deleted_at IS NULL;

-- index companies_by_name ON companies
CREATE INDEX companies_by_name ON companies (name_sort, id) WHERE deleted_at IS NULL;

-- index companies_by_status ON companies
CREATE INDEX companies_by_status ON companies (CASE status WHEN 'candidate' THEN 0 WHEN 'visited' THEN 1 WHEN 'vetting' THEN 2 WHEN 'approved' THEN 3 WHEN 'conditional' THEN 4 WHEN 'rejected' THEN 5 WHEN 'suspended' THEN 6 END, name_sort, id) WHERE deleted_at IS NULL;

-- index companies_by_town ON companies
CREATE INDEX companies_by_town ON companies (town_id);

-- index companies_listed_by_industry ON companies
CREATE INDEX companies_listed_by_industry ON companies (industry_id, name_sort, id) WHERE deleted_at IS NULL;

-- index companies_listed_by_status ON companies
CREATE INDEX companies_listed_by_status ON companies (status, name_sort, id) WHERE deleted_at IS NULL;

-- index companies_listed_by_town ON companies
CREATE INDEX companies_listed_by_town ON companies (town_id, name_sort, id) WHERE deleted_at IS NULL;

-- index companies_trashed ON companies
CREATE INDEX companies_trashed ON companies (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- index companies_unique_credit_code ON companies
CREATE UNIQUE INDEX companies_unique_credit_code ON companies (credit_code) WHERE credit_code IS NOT NULL AND deleted_at IS NULL;

-- index companies_unique_name ON companies
CREATE UNIQUE INDEX companies_unique_name ON companies (name_key) WHERE deleted_at IS NULL;

-- index contacts_by_company ON contacts
CREATE INDEX contacts_by_company ON contacts (company_id);

-- index counties_unique_name ON counties
CREATE UNIQUE INDEX counties_unique_name ON counties (prefecture_id, name) WHERE deleted_at IS NULL;

-- index event_outcome_companies_by_company ON event_outcome_companies
CREATE INDEX event_outcome_companies_by_company ON event_outcome_companies (company_id);

-- index follow_ups_by_visit ON follow_ups
CREATE INDEX follow_ups_by_visit ON follow_ups (visit_id);

-- index follow_ups_done ON follow_ups
CREATE INDEX follow_ups_done ON follow_ups (due_date) WHERE done_at IS NOT NULL;

-- index follow_ups_open ON follow_ups
CREATE INDEX follow_ups_open ON follow_ups (due_date) WHERE done_at IS NULL;

-- index follow_ups_open_by_visit ON follow_ups
CREATE INDEX follow_ups_open_by_visit ON follow_ups (visit_id) WHERE done_at IS NULL;

-- index itinerary_item_companies_by_company ON itinerary_item_companies
CREATE INDEX itinerary_item_companies_by_company ON itinerary_item_companies (trip_id, company_id);

-- index itinerary_item_members_by_member ON itinerary_item_members
CREATE INDEX itinerary_item_members_by_member ON itinerary_item_members (member_id);

-- index itinerary_items_by_trip ON itinerary_items
CREATE INDEX itinerary_items_by_trip ON itinerary_items (trip_id, starts_at);

-- index job_types_unique_name ON job_types
CREATE UNIQUE INDEX job_types_unique_name ON job_types (name) WHERE deleted_at IS NULL;

-- index lookups_unique_name ON lookups
CREATE UNIQUE INDEX lookups_unique_name ON lookups (kind, name) WHERE deleted_at IS NULL;

-- index placement_batches_by_arrival ON placement_batches
CREATE INDEX placement_batches_by_arrival ON placement_batches (arrived_on) WHERE deleted_at IS NULL;

-- index placement_employers_by_company ON placement_employers
CREATE INDEX placement_employers_by_company ON placement_employers (company_id);

-- index positions_by_company ON positions
CREATE INDEX positions_by_company ON positions (company_id) WHERE deleted_at IS NULL;

-- index positions_by_job_type ON positions
CREATE INDEX positions_by_job_type ON positions (job_type_id);

-- index prefectures_unique_name ON prefectures
CREATE UNIQUE INDEX prefectures_unique_name ON prefectures (name) WHERE deleted_at IS NULL;

-- index retention_checkins_by_date ON retention_checkins
CREATE INDEX retention_checkins_by_date ON retention_checkins (checked_on) WHERE deleted_at IS NULL;

-- index sqlite_autoindex_agreement_documents_1 ON agreement_documents
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_agreement_targets_1 ON agreement_targets
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_agreements_1 ON agreements
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_audit_1 ON audit
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_companies_1 ON companies
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_company_search_1 ON company_search
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_contacts_1 ON contacts
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_counties_1 ON counties
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_event_outcomes_1 ON event_outcomes
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_follow_ups_1 ON follow_ups
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_itinerary_items_1 ON itinerary_items
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_job_types_1 ON job_types
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_lookups_1 ON lookups
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_placement_batches_1 ON placement_batches
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_positions_1 ON positions
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_prefectures_1 ON prefectures
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_retention_checkins_1 ON retention_checkins
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_settings_1 ON settings
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_staff_1 ON staff
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_sync_peers_1 ON sync_peers
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_trip_members_1 ON trip_members
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_trips_1 ON trips
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vetting_actions_1 ON vetting_actions
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vetting_photo_thumbs_1 ON vetting_photo_thumbs
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vetting_photos_1 ON vetting_photos
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vetting_template_versions_1 ON vetting_template_versions
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vetting_template_versions_2 ON vetting_template_versions
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vetting_templates_1 ON vetting_templates
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_vettings_1 ON vettings
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_visit_search_1 ON visit_search
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sqlite_autoindex_visits_1 ON visits
-- (made by SQLite for a PRIMARY KEY or UNIQUE constraint)

-- index sync_heads_waiting ON sync_heads
CREATE INDEX sync_heads_waiting ON sync_heads (current) WHERE current = 0;

-- index sync_parked_row ON sync_parked
CREATE INDEX sync_parked_row ON sync_parked (tbl, pk);

-- index trip_companies_by_company ON trip_companies
CREATE INDEX trip_companies_by_company ON trip_companies (company_id);

-- index trip_members_by_trip ON trip_members
CREATE INDEX trip_members_by_trip ON trip_members (trip_id);

-- index trip_positions_by_position ON trip_positions
CREATE INDEX trip_positions_by_position ON trip_positions (position_id);

-- index trips_by_start ON trips
CREATE INDEX trips_by_start ON trips (start_date) WHERE deleted_at IS NULL;

-- index vetting_actions_by_vetting ON vetting_actions
CREATE INDEX vetting_actions_by_vetting ON vetting_actions (vetting_id);

-- index vetting_actions_open ON vetting_actions
CREATE INDEX vetting_actions_open ON vetting_actions (due_date) WHERE done_at IS NULL;

-- index vetting_photos_by_vetting ON vetting_photos
CREATE INDEX vetting_photos_by_vetting ON vetting_photos (vetting_id, item_key);

-- index vettings_by_amends ON vettings
CREATE INDEX vettings_by_amends ON vettings (amends_id) WHERE amends_id IS NOT NULL;

-- index vettings_by_company ON vettings
CREATE INDEX vettings_by_company ON vettings (company_id, signed_off_at);

-- index vettings_by_template_version ON vettings
CREATE INDEX vettings_by_template_version ON vettings (template_version_id);

-- index vettings_one_draft_per_company ON vettings
CREATE UNIQUE INDEX vettings_one_draft_per_company ON vettings (company_id) WHERE signed_off_at IS NULL;

-- index visit_staff_by_staff ON visit_staff
CREATE INDEX visit_staff_by_staff ON visit_staff (staff_id);

-- index visits_by_company ON visits
CREATE INDEX visits_by_company ON visits (company_id, visit_date);

-- index visits_listed ON visits
CREATE INDEX visits_listed ON visits (visit_date, id, company_id) WHERE deleted_at IS NULL;

-- index visits_listed_by_id ON visits
CREATE INDEX visits_listed_by_id ON visits (id, company_id, visit_date) WHERE deleted_at IS NULL;

-- index visits_trashed ON visits
CREATE INDEX visits_trashed ON visits (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- table agreement_documents ON agreement_documents
CREATE TABLE agreement_documents (
  id            TEXT PRIMARY KEY,
  agreement_id  TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  file_name     TEXT NOT NULL,
  mime          TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  bytes         INTEGER NOT NULL,
  data          BLOB NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;

-- table agreement_targets ON agreement_targets
CREATE TABLE agreement_targets (
  id            TEXT PRIMARY KEY,
  agreement_id  TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  description   TEXT NOT NULL,
  metric        TEXT NOT NULL CHECK (metric IN ('arrivals', 'arrivalsPoor', 'positionsOffered', 'jobSeekers', 'intentions', 'trainees', 'manual')),
  target        INTEGER NOT NULL CHECK (target >= 1),
  due_date      TEXT NOT NULL,
  achieved      INTEGER CHECK (achieved >= 0),
  sort_order    INTEGER NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

-- table agreements ON agreements
CREATE TABLE agreements (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL CHECK (type IN ('framework', 'labourMechanism', 'schoolEnterprise', 'labourExport', 'other')),
  title         TEXT NOT NULL,
  parties       TEXT NOT NULL, -- JSON array of names
  copies        INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1),
  signed_on     TEXT NOT NULL,
  prefecture_id TEXT REFERENCES prefectures (id),
  trip_id       TEXT REFERENCES trips (id) ON DELETE SET NULL,
  item_id       TEXT REFERENCES itinerary_items (id) ON DELETE SET NULL,
  notes         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

-- table audit ON audit
CREATE TABLE "audit" (
  id          TEXT PRIMARY KEY,
  at          TEXT NOT NULL,
  staff_id    TEXT,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  action      TEXT NOT NULL,
  changes     TEXT NOT NULL,
  computer_id TEXT
) STRICT;

-- table companies ON companies
CREATE TABLE companies (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  name_key        TEXT NOT NULL,
  name_core       TEXT NOT NULL,
  name_sort       TEXT NOT NULL,
  credit_code     TEXT,
  town_id         TEXT REFERENCES lookups (id),
  industry_id     TEXT REFERENCES lookups (id),
  headcount       INTEGER,
  address         TEXT,
  tags            TEXT NOT NULL DEFAULT '[]',
  status          TEXT NOT NULL,
  notes           TEXT,
  last_visit_date TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;

-- table company_search ON company_search
CREATE TABLE company_search (
  n          INTEGER PRIMARY KEY,
  company_id TEXT NOT NULL UNIQUE REFERENCES companies (id),
  text       TEXT NOT NULL
) STRICT;

-- table company_search_bi ON company_search_bi
CREATE VIRTUAL TABLE company_search_bi USING fts5 (text, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 0');

-- table company_search_bi_config ON company_search_bi_config
CREATE TABLE 'company_search_bi_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table company_search_bi_data ON company_search_bi_data
CREATE TABLE 'company_search_bi_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table company_search_bi_idx ON company_search_bi_idx
CREATE TABLE 'company_search_bi_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table company_search_tri ON company_search_tri
CREATE VIRTUAL TABLE company_search_tri USING fts5 (text, content = '', columnsize = 0, tokenize = 'trigram');

-- table company_search_tri_config ON company_search_tri_config
CREATE TABLE 'company_search_tri_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table company_search_tri_data ON company_search_tri_data
CREATE TABLE 'company_search_tri_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table company_search_tri_idx ON company_search_tri_idx
CREATE TABLE 'company_search_tri_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table company_tag_counts ON company_tag_counts
CREATE TABLE company_tag_counts (
  tag TEXT PRIMARY KEY,
  n   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table contacts ON contacts
CREATE TABLE contacts (
  id         TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  role       TEXT,
  phone      TEXT,
  note       TEXT,
  sort_order INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table counties ON counties
CREATE TABLE counties (
  id            TEXT PRIMARY KEY,
  prefecture_id TEXT NOT NULL REFERENCES prefectures (id),
  name          TEXT NOT NULL,
  sort_order    INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

-- table event_outcome_companies ON event_outcome_companies
CREATE TABLE event_outcome_companies (
  item_id                 TEXT NOT NULL REFERENCES event_outcomes (item_id) ON DELETE CASCADE,
  company_id              TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  resumes                 INTEGER CHECK (resumes >= 0),
  resumes_about           INTEGER NOT NULL DEFAULT 0 CHECK (resumes_about IN (0, 1)),
  intentions              INTEGER CHECK (intentions >= 0),
  intentions_about        INTEGER NOT NULL DEFAULT 0 CHECK (intentions_about IN (0, 1)),
  intentions_poor         INTEGER CHECK (intentions_poor >= 0),
  intentions_poor_about   INTEGER NOT NULL DEFAULT 0 CHECK (intentions_poor_about IN (0, 1)),
  sort_order              INTEGER NOT NULL,
  PRIMARY KEY (item_id, company_id)
) STRICT, WITHOUT ROWID;

-- table event_outcomes ON event_outcomes
CREATE TABLE event_outcomes (
  item_id                 TEXT PRIMARY KEY REFERENCES itinerary_items (id) ON DELETE CASCADE,
  positions_offered       INTEGER CHECK (positions_offered >= 0),
  positions_offered_about INTEGER NOT NULL DEFAULT 0 CHECK (positions_offered_about IN (0, 1)),
  job_seekers             INTEGER CHECK (job_seekers >= 0),
  job_seekers_about       INTEGER NOT NULL DEFAULT 0 CHECK (job_seekers_about IN (0, 1)),
  resumes                 INTEGER CHECK (resumes >= 0),
  resumes_about           INTEGER NOT NULL DEFAULT 0 CHECK (resumes_about IN (0, 1)),
  intentions              INTEGER CHECK (intentions >= 0),
  intentions_about        INTEGER NOT NULL DEFAULT 0 CHECK (intentions_about IN (0, 1)),
  intentions_poor         INTEGER CHECK (intentions_poor >= 0),
  intentions_poor_about   INTEGER NOT NULL DEFAULT 0 CHECK (intentions_poor_about IN (0, 1)),
  hired                   INTEGER CHECK (hired >= 0),
  hired_about             INTEGER NOT NULL DEFAULT 0 CHECK (hired_about IN (0, 1)),
  trainees                INTEGER CHECK (trainees >= 0),
  trainees_about          INTEGER NOT NULL DEFAULT 0 CHECK (trainees_about IN (0, 1)),
  training_hours          REAL CHECK (training_hours > 0),
  notes                   TEXT,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
) STRICT;

-- table export_log ON export_log
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

-- table follow_ups ON follow_ups
CREATE TABLE follow_ups (
  id           TEXT PRIMARY KEY,
  visit_id     TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  what         TEXT NOT NULL,
  who_staff_id TEXT REFERENCES staff (id),
  due_date     TEXT,
  done_at      TEXT,
  sort_order   INTEGER NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- table itinerary_item_companies ON itinerary_item_companies
CREATE TABLE itinerary_item_companies (
  item_id    TEXT NOT NULL REFERENCES itinerary_items (id) ON DELETE CASCADE,
  trip_id    TEXT NOT NULL,
  company_id TEXT NOT NULL,
  PRIMARY KEY (item_id, company_id),
  FOREIGN KEY (trip_id, company_id) REFERENCES trip_companies (trip_id, company_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- table itinerary_item_members ON itinerary_item_members
CREATE TABLE itinerary_item_members (
  item_id   TEXT NOT NULL REFERENCES itinerary_items (id) ON DELETE CASCADE,
  member_id TEXT NOT NULL REFERENCES trip_members (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, member_id)
) STRICT, WITHOUT ROWID;

-- table itinerary_items ON itinerary_items
CREATE TABLE itinerary_items (
  id                  TEXT PRIMARY KEY,
  trip_id             TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  kind                TEXT NOT NULL,
  title               TEXT,
  starts_at           TEXT NOT NULL,
  ends_at             TEXT NOT NULL,
  place               TEXT,
  county_id           TEXT REFERENCES counties (id),
  local_contact       TEXT,
  local_contact_phone TEXT,
  track               TEXT,
  travel              TEXT,
  notes               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  CHECK (ends_at > starts_at)
) STRICT;

-- table job_types ON job_types
CREATE TABLE job_types (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table lookups ON lookups
CREATE TABLE lookups (
  id         TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('town', 'industry')),
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table open_follow_up_counts ON open_follow_up_counts
CREATE TABLE open_follow_up_counts (
  due_date TEXT PRIMARY KEY,
  n        INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table placement_batches ON placement_batches
CREATE TABLE placement_batches (
  id            TEXT PRIMARY KEY,
  arrived_on    TEXT NOT NULL,
  workers       INTEGER NOT NULL CHECK (workers >= 1),
  poor          INTEGER NOT NULL DEFAULT 0 CHECK (poor >= 0 AND poor <= workers),
  prefecture_id TEXT NOT NULL REFERENCES prefectures (id),
  county_id     TEXT REFERENCES counties (id),
  trip_id       TEXT REFERENCES trips (id) ON DELETE SET NULL,
  notes         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

-- table placement_employers ON placement_employers
CREATE TABLE placement_employers (
  batch_id      TEXT NOT NULL REFERENCES placement_batches (id) ON DELETE CASCADE,
  company_id    TEXT NOT NULL REFERENCES companies (id),
  workers       INTEGER NOT NULL CHECK (workers >= 1),
  sort_order    INTEGER NOT NULL,
  PRIMARY KEY (batch_id, company_id)
) STRICT, WITHOUT ROWID;

-- table positions ON positions
CREATE TABLE positions (
  id                 TEXT PRIMARY KEY,
  company_id         TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  job_type_id        TEXT NOT NULL REFERENCES job_types (id),
  title              TEXT NOT NULL,
  headcount          INTEGER NOT NULL CHECK (headcount >= 1),
  pay_min            INTEGER CHECK (pay_min >= 0),
  pay_max            INTEGER CHECK (pay_max >= 0),
  hours_per_day      REAL,
  days_per_week      INTEGER,
  shifts             TEXT,
  hours_note         TEXT,
  age_min            INTEGER,
  age_max            INTEGER,
  education          TEXT,
  skills             TEXT,
  certificates       TEXT,
  room_included      INTEGER NOT NULL,
  board_included     INTEGER NOT NULL,
  suitable_for_rural INTEGER NOT NULL,
  valid_from         TEXT,
  valid_to           TEXT,
  notes              TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  deleted_at         TEXT,
  CHECK (pay_min IS NULL OR pay_max IS NULL OR pay_min <= pay_max),
  CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
) STRICT;

-- table prefectures ON prefectures
CREATE TABLE prefectures (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table retention_checkins ON retention_checkins
CREATE TABLE retention_checkins (
  id            TEXT PRIMARY KEY,
  checked_on    TEXT NOT NULL,
  still_working INTEGER NOT NULL CHECK (still_working >= 0),
  poor          INTEGER NOT NULL DEFAULT 0 CHECK (poor >= 0 AND poor <= still_working),
  prefecture_id TEXT NOT NULL REFERENCES prefectures (id),
  batch_id      TEXT REFERENCES placement_batches (id) ON DELETE CASCADE,
  notes         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

-- table settings ON settings
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- table staff ON staff
CREATE TABLE staff (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  title      TEXT,
  phone      TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table sync_heads ON sync_heads
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

-- table sync_outbox ON sync_outbox
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

-- table sync_outgoing ON sync_outgoing
CREATE TABLE sync_outgoing (
  counter INTEGER PRIMARY KEY,
  change  TEXT NOT NULL
) STRICT;

-- table sync_packets ON sync_packets
CREATE TABLE sync_packets (
  origin     TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  applied_at TEXT NOT NULL,
  changes    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (origin, seq)
) STRICT, WITHOUT ROWID;

-- table sync_parked ON sync_parked
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

-- table sync_peers ON sync_peers
CREATE TABLE sync_peers (
  computer_id      TEXT PRIMARY KEY,
  computer_name    TEXT,
  user_name        TEXT,
  applied_seq      INTEGER NOT NULL DEFAULT 0,
  last_change_at   TEXT,
  last_received_at TEXT,
  vector           TEXT NOT NULL DEFAULT '{}'
) STRICT;

-- table sync_seen ON sync_seen
CREATE TABLE sync_seen (
  computer_id TEXT PRIMARY KEY,
  counter     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- table sync_state ON sync_state
CREATE TABLE sync_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  capture     INTEGER NOT NULL DEFAULT 0 CHECK (capture IN (0, 1)),
  computer_id TEXT,
  bound_to    TEXT,
  counter     INTEGER NOT NULL DEFAULT 0,
  sent_seq    INTEGER NOT NULL DEFAULT 0,
  team_id     TEXT
) STRICT;

-- table sync_tombstones ON sync_tombstones
CREATE TABLE sync_tombstones (
  tbl TEXT NOT NULL,
  pk  TEXT NOT NULL,
  ver TEXT NOT NULL,
  row TEXT,
  by  TEXT,
  at  TEXT NOT NULL,
  PRIMARY KEY (tbl, pk)
) STRICT, WITHOUT ROWID;

-- table trip_companies ON trip_companies
CREATE TABLE trip_companies (
  trip_id         TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  company_id      TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  verdict         TEXT,
  override_reason TEXT,
  sort_order      INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (trip_id, company_id)
) STRICT, WITHOUT ROWID;

-- table trip_counties ON trip_counties
CREATE TABLE trip_counties (
  trip_id    TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  county_id  TEXT NOT NULL REFERENCES counties (id),
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (trip_id, county_id)
) STRICT, WITHOUT ROWID;

-- table trip_members ON trip_members
CREATE TABLE trip_members (
  id           TEXT PRIMARY KEY,
  trip_id      TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  role         TEXT NOT NULL,
  organisation TEXT,
  phone        TEXT,
  contact_id   TEXT REFERENCES contacts (id) ON DELETE SET NULL,
  staff_id     TEXT REFERENCES staff (id),
  sort_order   INTEGER NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- table trip_positions ON trip_positions
CREATE TABLE trip_positions (
  trip_id     TEXT NOT NULL,
  company_id  TEXT NOT NULL,
  position_id TEXT NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
  sort_order  INTEGER NOT NULL,
  PRIMARY KEY (trip_id, position_id),
  FOREIGN KEY (trip_id, company_id) REFERENCES trip_companies (trip_id, company_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- table trips ON trips
CREATE TABLE trips (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  prefecture_id TEXT NOT NULL REFERENCES prefectures (id),
  start_date    TEXT NOT NULL,
  end_date      TEXT NOT NULL,
  purpose       TEXT,
  status        TEXT NOT NULL CHECK (status IN ('planning', 'confirmed', 'underway', 'done', 'cancelled')),
  notes         TEXT,
  copied_from   TEXT REFERENCES trips (id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT,
  CHECK (start_date <= end_date)
) STRICT;

-- table vetting_actions ON vetting_actions
CREATE TABLE vetting_actions (
  id           TEXT PRIMARY KEY,
  vetting_id   TEXT NOT NULL REFERENCES vettings (id) ON DELETE CASCADE,
  item_key     TEXT NOT NULL,
  what         TEXT NOT NULL,
  who_staff_id TEXT REFERENCES staff (id),
  due_date     TEXT,
  done_at      TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- table vetting_answers ON vetting_answers
CREATE TABLE vetting_answers (
  vetting_id  TEXT NOT NULL REFERENCES vettings (id) ON DELETE CASCADE,
  item_key    TEXT NOT NULL,
  value       TEXT NOT NULL,
  note        TEXT,
  answered_at TEXT NOT NULL,
  answered_by TEXT REFERENCES staff (id),
  PRIMARY KEY (vetting_id, item_key)
) STRICT, WITHOUT ROWID;

-- table vetting_photo_thumbs ON vetting_photo_thumbs
CREATE TABLE vetting_photo_thumbs (
  photo_id TEXT PRIMARY KEY REFERENCES vetting_photos (id) ON DELETE CASCADE,
  mime     TEXT NOT NULL,
  width    INTEGER NOT NULL,
  height   INTEGER NOT NULL,
  data     BLOB NOT NULL
) STRICT;

-- table vetting_photos ON vetting_photos
CREATE TABLE vetting_photos (
  id         TEXT PRIMARY KEY,
  vetting_id TEXT NOT NULL REFERENCES vettings (id) ON DELETE CASCADE,
  item_key   TEXT NOT NULL,
  mime       TEXT NOT NULL,
  width      INTEGER NOT NULL,
  height     INTEGER NOT NULL,
  bytes      INTEGER NOT NULL,
  caption    TEXT,
  created_by TEXT REFERENCES staff (id),
  created_at TEXT NOT NULL,
  data       BLOB NOT NULL
) STRICT;

-- table vetting_template_versions ON vetting_template_versions
CREATE TABLE vetting_template_versions (
  id          TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES vetting_templates (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL,
  content     TEXT NOT NULL,
  created_by  TEXT REFERENCES staff (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (template_id, version)
) STRICT;

-- table vetting_templates ON vetting_templates
CREATE TABLE vetting_templates (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table vettings ON vettings
CREATE TABLE vettings (
  id                  TEXT PRIMARY KEY,
  company_id          TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  visit_id            TEXT REFERENCES visits (id) ON DELETE SET NULL,
  template_version_id TEXT NOT NULL REFERENCES vetting_template_versions (id),
  -- The version's full JSON, kept with the vetting: it shows the same questions forever.
  template            TEXT NOT NULL,
  suggestions         TEXT NOT NULL DEFAULT '[]',
  -- Minimum wage and thresholds frozen at sign-off (a draft uses the live settings).
  context             TEXT,
  override_verdict    TEXT CHECK (override_verdict IN ('approved', 'conditional', 'rejected')),
  override_reason     TEXT,
  verdict             TEXT CHECK (verdict IN ('approved', 'conditional', 'rejected')),
  score               REAL,
  signed_off_at       TEXT,
  signed_off_by       TEXT REFERENCES staff (id),
  amends_id           TEXT REFERENCES vettings (id) ON DELETE SET NULL,
  amended_by          TEXT REFERENCES staff (id),
  started_by          TEXT REFERENCES staff (id),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
, vetted_on TEXT, signed_off_on TEXT) STRICT;

-- table visit_counts ON visit_counts
CREATE TABLE visit_counts (
  facet      TEXT NOT NULL CHECK (facet IN ('all', 'staff', 'town', 'staffTown')),
  key        TEXT NOT NULL,
  visit_date TEXT NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (facet, key, visit_date)
) STRICT, WITHOUT ROWID;

-- table visit_search ON visit_search
CREATE TABLE visit_search (
  n        INTEGER PRIMARY KEY,
  visit_id TEXT NOT NULL UNIQUE REFERENCES visits (id),
  text     TEXT NOT NULL
) STRICT;

-- table visit_search_bi ON visit_search_bi
CREATE VIRTUAL TABLE visit_search_bi USING fts5 (text, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 0');

-- table visit_search_bi_config ON visit_search_bi_config
CREATE TABLE 'visit_search_bi_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table visit_search_bi_data ON visit_search_bi_data
CREATE TABLE 'visit_search_bi_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table visit_search_bi_idx ON visit_search_bi_idx
CREATE TABLE 'visit_search_bi_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table visit_search_tri ON visit_search_tri
CREATE VIRTUAL TABLE visit_search_tri USING fts5 (text, content = '', columnsize = 0, tokenize = 'trigram');

-- table visit_search_tri_config ON visit_search_tri_config
CREATE TABLE 'visit_search_tri_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table visit_search_tri_data ON visit_search_tri_data
CREATE TABLE 'visit_search_tri_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table visit_search_tri_idx ON visit_search_tri_idx
CREATE TABLE 'visit_search_tri_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table visit_staff ON visit_staff
CREATE TABLE visit_staff (
  visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  PRIMARY KEY (visit_id, staff_id)
) STRICT, WITHOUT ROWID;

-- table visits ON visits
CREATE TABLE visits (
  id              TEXT PRIMARY KEY,
  company_id      TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  visit_date      TEXT NOT NULL,
  purpose         TEXT,
  business        TEXT,
  environment     TEXT,
  wages           TEXT,
  lodging         TEXT,
  pay_min         INTEGER,
  pay_max         INTEGER,
  dorm_provided   INTEGER,
  people_per_room INTEGER,
  meals_provided  INTEGER,
  notes           TEXT,
  created_by      TEXT REFERENCES staff (id),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;

-- trigger company_tag_counts_delete ON companies
CREATE TRIGGER company_tag_counts_delete BEFORE DELETE ON companies WHEN OLD.tags <> '[]' BEGIN

INSERT INTO company_tag_counts (tag, n)
  SELECT DISTINCT value, -1 FROM json_each(OLD.tags) WHERE OLD.deleted_at IS NULL
  ON CONFLICT (tag) DO UPDATE SET n = n + excluded.n;
END;

-- trigger company_tag_counts_insert ON companies
CREATE TRIGGER company_tag_counts_insert AFTER INSERT ON companies WHEN NEW.tags <> '[]' BEGIN

INSERT INTO company_tag_counts (tag, n)
  SELECT DISTINCT value, 1 FROM json_each(NEW.tags) WHERE NEW.deleted_at IS NULL
  ON CONFLICT (tag) DO UPDATE SET n = n + excluded.n;
END;

-- trigger company_tag_counts_update ON companies
CREATE TRIGGER company_tag_counts_update AFTER UPDATE OF tags, deleted_at ON companies
  WHEN OLD.tags IS NOT NEW.tags OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN

INSERT INTO company_tag_counts (tag, n)
  SELECT DISTINCT value, -1 FROM json_each(OLD.tags) WHERE OLD.deleted_at IS NULL
  ON CONFLICT (tag) DO UPDATE SET n = n + excluded.n;

INSERT INTO company_tag_counts (tag, n)
  SELECT DISTINCT value, 1 FROM json_each(NEW.tags) WHERE NEW.deleted_at IS NULL
  ON CONFLICT (tag) DO UPDATE SET n = n + excluded.n;
END;

-- trigger open_follow_up_counts_delete ON follow_ups
CREATE TRIGGER open_follow_up_counts_delete AFTER DELETE ON follow_ups BEGIN

INSERT INTO open_follow_up_counts (due_date, n)
  SELECT OLD.due_date, -1 WHERE OLD.done_at IS NULL AND OLD.due_date IS NOT NULL AND EXISTS (SELECT 1 FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = OLD.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL)
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger open_follow_up_counts_insert ON follow_ups
CREATE TRIGGER open_follow_up_counts_insert AFTER INSERT ON follow_ups BEGIN

INSERT INTO open_follow_up_counts (due_date, n)
  SELECT NEW.due_date, 1 WHERE NEW.done_at IS NULL AND NEW.due_date IS NOT NULL AND EXISTS (SELECT 1 FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL)
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger open_follow_up_counts_update ON follow_ups
CREATE TRIGGER open_follow_up_counts_update AFTER UPDATE OF done_at, due_date, visit_id ON follow_ups
  WHEN (OLD.done_at IS NULL) <> (NEW.done_at IS NULL) OR OLD.due_date IS NOT NEW.due_date OR OLD.visit_id IS NOT NEW.visit_id
BEGIN

INSERT INTO open_follow_up_counts (due_date, n)
  SELECT OLD.due_date, -1 WHERE OLD.done_at IS NULL AND OLD.due_date IS NOT NULL AND EXISTS (SELECT 1 FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = OLD.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL)
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;

INSERT INTO open_follow_up_counts (due_date, n)
  SELECT NEW.due_date, 1 WHERE NEW.done_at IS NULL AND NEW.due_date IS NOT NULL AND EXISTS (SELECT 1 FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL)
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger sync_capture_agreement_documents_delete ON agreement_documents
CREATE TRIGGER sync_capture_agreement_documents_delete AFTER DELETE ON agreement_documents WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreement_documents', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'agreement_id', OLD."agreement_id", 'file_name', OLD."file_name", 'mime', OLD."mime", 'bytes', OLD."bytes", 'created_at', OLD."created_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreement_documents_insert ON agreement_documents
CREATE TRIGGER sync_capture_agreement_documents_insert AFTER INSERT ON agreement_documents WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreement_documents', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'agreement_id', NEW."agreement_id", 'file_name', NEW."file_name", 'mime', NEW."mime", 'bytes', NEW."bytes", 'created_at', NEW."created_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreement_documents_update ON agreement_documents
CREATE TRIGGER sync_capture_agreement_documents_update AFTER UPDATE OF "id", "agreement_id", "file_name", "mime", "bytes", "created_at", "data" ON agreement_documents WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreement_documents', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'agreement_id', OLD."agreement_id", 'file_name', OLD."file_name", 'mime', OLD."mime", 'bytes', OLD."bytes", 'created_at', OLD."created_at"), json_object('id', NEW."id", 'agreement_id', NEW."agreement_id", 'file_name', NEW."file_name", 'mime', NEW."mime", 'bytes', NEW."bytes", 'created_at', NEW."created_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreement_targets_delete ON agreement_targets
CREATE TRIGGER sync_capture_agreement_targets_delete AFTER DELETE ON agreement_targets WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreement_targets', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'agreement_id', OLD."agreement_id", 'description', OLD."description", 'metric', OLD."metric", 'target', OLD."target", 'due_date', OLD."due_date", 'achieved', OLD."achieved", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreement_targets_insert ON agreement_targets
CREATE TRIGGER sync_capture_agreement_targets_insert AFTER INSERT ON agreement_targets WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreement_targets', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'agreement_id', NEW."agreement_id", 'description', NEW."description", 'metric', NEW."metric", 'target', NEW."target", 'due_date', NEW."due_date", 'achieved', NEW."achieved", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreement_targets_update ON agreement_targets
CREATE TRIGGER sync_capture_agreement_targets_update AFTER UPDATE OF "id", "agreement_id", "description", "metric", "target", "due_date", "achieved", "sort_order", "created_at", "updated_at" ON agreement_targets WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreement_targets', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'agreement_id', OLD."agreement_id", 'description', OLD."description", 'metric', OLD."metric", 'target', OLD."target", 'due_date', OLD."due_date", 'achieved', OLD."achieved", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'agreement_id', NEW."agreement_id", 'description', NEW."description", 'metric', NEW."metric", 'target', NEW."target", 'due_date', NEW."due_date", 'achieved', NEW."achieved", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreements_delete ON agreements
CREATE TRIGGER sync_capture_agreements_delete AFTER DELETE ON agreements WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreements', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'type', OLD."type", 'title', OLD."title", 'parties', OLD."parties", 'copies', OLD."copies", 'signed_on', OLD."signed_on", 'prefecture_id', OLD."prefecture_id", 'trip_id', OLD."trip_id", 'item_id', OLD."item_id", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreements_insert ON agreements
CREATE TRIGGER sync_capture_agreements_insert AFTER INSERT ON agreements WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreements', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'type', NEW."type", 'title', NEW."title", 'parties', NEW."parties", 'copies', NEW."copies", 'signed_on', NEW."signed_on", 'prefecture_id', NEW."prefecture_id", 'trip_id', NEW."trip_id", 'item_id', NEW."item_id", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_agreements_update ON agreements
CREATE TRIGGER sync_capture_agreements_update AFTER UPDATE OF "id", "type", "title", "parties", "copies", "signed_on", "prefecture_id", "trip_id", "item_id", "notes", "created_at", "updated_at", "deleted_at" ON agreements WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('agreements', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'type', OLD."type", 'title', OLD."title", 'parties', OLD."parties", 'copies', OLD."copies", 'signed_on', OLD."signed_on", 'prefecture_id', OLD."prefecture_id", 'trip_id', OLD."trip_id", 'item_id', OLD."item_id", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'type', NEW."type", 'title', NEW."title", 'parties', NEW."parties", 'copies', NEW."copies", 'signed_on', NEW."signed_on", 'prefecture_id', NEW."prefecture_id", 'trip_id', NEW."trip_id", 'item_id', NEW."item_id", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_audit_delete ON audit
CREATE TRIGGER sync_capture_audit_delete AFTER DELETE ON audit WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('audit', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'at', OLD."at", 'staff_id', OLD."staff_id", 'entity', OLD."entity", 'entity_id', OLD."entity_id", 'action', OLD."action", 'changes', OLD."changes", 'computer_id', OLD."computer_id"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_audit_insert ON audit
CREATE TRIGGER sync_capture_audit_insert AFTER INSERT ON audit WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('audit', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'at', NEW."at", 'staff_id', NEW."staff_id", 'entity', NEW."entity", 'entity_id', NEW."entity_id", 'action', NEW."action", 'changes', NEW."changes", 'computer_id', NEW."computer_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_audit_update ON audit
CREATE TRIGGER sync_capture_audit_update AFTER UPDATE OF "id", "at", "staff_id", "entity", "entity_id", "action", "changes", "computer_id" ON audit WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('audit', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'at', OLD."at", 'staff_id', OLD."staff_id", 'entity', OLD."entity", 'entity_id', OLD."entity_id", 'action', OLD."action", 'changes', OLD."changes", 'computer_id', OLD."computer_id"), json_object('id', NEW."id", 'at', NEW."at", 'staff_id', NEW."staff_id", 'entity', NEW."entity", 'entity_id', NEW."entity_id", 'action', NEW."action", 'changes', NEW."changes", 'computer_id', NEW."computer_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_companies_delete ON companies
CREATE TRIGGER sync_capture_companies_delete AFTER DELETE ON companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('companies', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'name', OLD."name", 'name_key', OLD."name_key", 'name_core', OLD."name_core", 'name_sort', OLD."name_sort", 'credit_code', OLD."credit_code", 'town_id', OLD."town_id", 'industry_id', OLD."industry_id", 'headcount', OLD."headcount", 'address', OLD."address", 'tags', OLD."tags", 'status', OLD."status", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_companies_insert ON companies
CREATE TRIGGER sync_capture_companies_insert AFTER INSERT ON companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('companies', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'name', NEW."name", 'name_key', NEW."name_key", 'name_core', NEW."name_core", 'name_sort', NEW."name_sort", 'credit_code', NEW."credit_code", 'town_id', NEW."town_id", 'industry_id', NEW."industry_id", 'headcount', NEW."headcount", 'address', NEW."address", 'tags', NEW."tags", 'status', NEW."status", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_companies_update ON companies
CREATE TRIGGER sync_capture_companies_update AFTER UPDATE OF "id", "name", "name_key", "name_core", "name_sort", "credit_code", "town_id", "industry_id", "headcount", "address", "tags", "status", "notes", "created_at", "updated_at", "deleted_at" ON companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('companies', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'name', OLD."name", 'name_key', OLD."name_key", 'name_core', OLD."name_core", 'name_sort', OLD."name_sort", 'credit_code', OLD."credit_code", 'town_id', OLD."town_id", 'industry_id', OLD."industry_id", 'headcount', OLD."headcount", 'address', OLD."address", 'tags', OLD."tags", 'status', OLD."status", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'name', NEW."name", 'name_key', NEW."name_key", 'name_core', NEW."name_core", 'name_sort', NEW."name_sort", 'credit_code', NEW."credit_code", 'town_id', NEW."town_id", 'industry_id', NEW."industry_id", 'headcount', NEW."headcount", 'address', NEW."address", 'tags', NEW."tags", 'status', NEW."status", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_contacts_delete ON contacts
CREATE TRIGGER sync_capture_contacts_delete AFTER DELETE ON contacts WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('contacts', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'company_id', OLD."company_id", 'name', OLD."name", 'role', OLD."role", 'phone', OLD."phone", 'note', OLD."note", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_contacts_insert ON contacts
CREATE TRIGGER sync_capture_contacts_insert AFTER INSERT ON contacts WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('contacts', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'company_id', NEW."company_id", 'name', NEW."name", 'role', NEW."role", 'phone', NEW."phone", 'note', NEW."note", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_contacts_update ON contacts
CREATE TRIGGER sync_capture_contacts_update AFTER UPDATE OF "id", "company_id", "name", "role", "phone", "note", "sort_order", "created_at", "updated_at" ON contacts WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('contacts', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'company_id', OLD."company_id", 'name', OLD."name", 'role', OLD."role", 'phone', OLD."phone", 'note', OLD."note", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'company_id', NEW."company_id", 'name', NEW."name", 'role', NEW."role", 'phone', NEW."phone", 'note', NEW."note", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_counties_delete ON counties
CREATE TRIGGER sync_capture_counties_delete AFTER DELETE ON counties WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('counties', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'prefecture_id', OLD."prefecture_id", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_counties_insert ON counties
CREATE TRIGGER sync_capture_counties_insert AFTER INSERT ON counties WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('counties', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'prefecture_id', NEW."prefecture_id", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_counties_update ON counties
CREATE TRIGGER sync_capture_counties_update AFTER UPDATE OF "id", "prefecture_id", "name", "sort_order", "created_at", "updated_at", "deleted_at" ON counties WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('counties', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'prefecture_id', OLD."prefecture_id", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'prefecture_id', NEW."prefecture_id", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_event_outcome_companies_delete ON event_outcome_companies
CREATE TRIGGER sync_capture_event_outcome_companies_delete AFTER DELETE ON event_outcome_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('event_outcome_companies', json_array(OLD."item_id", OLD."company_id"), 'D', json_object('item_id', OLD."item_id", 'company_id', OLD."company_id", 'resumes', OLD."resumes", 'resumes_about', OLD."resumes_about", 'intentions', OLD."intentions", 'intentions_about', OLD."intentions_about", 'intentions_poor', OLD."intentions_poor", 'intentions_poor_about', OLD."intentions_poor_about", 'sort_order', OLD."sort_order"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_event_outcome_companies_insert ON event_outcome_companies
CREATE TRIGGER sync_capture_event_outcome_companies_insert AFTER INSERT ON event_outcome_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('event_outcome_companies', json_array(NEW."item_id", NEW."company_id"), 'I', NULL, json_object('item_id', NEW."item_id", 'company_id', NEW."company_id", 'resumes', NEW."resumes", 'resumes_about', NEW."resumes_about", 'intentions', NEW."intentions", 'intentions_about', NEW."intentions_about", 'intentions_poor', NEW."intentions_poor", 'intentions_poor_about', NEW."intentions_poor_about", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_event_outcome_companies_update ON event_outcome_companies
CREATE TRIGGER sync_capture_event_outcome_companies_update AFTER UPDATE OF "item_id", "company_id", "resumes", "resumes_about", "intentions", "intentions_about", "intentions_poor", "intentions_poor_about", "sort_order" ON event_outcome_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('event_outcome_companies', json_array(OLD."item_id", OLD."company_id"), 'U', json_object('item_id', OLD."item_id", 'company_id', OLD."company_id", 'resumes', OLD."resumes", 'resumes_about', OLD."resumes_about", 'intentions', OLD."intentions", 'intentions_about', OLD."intentions_about", 'intentions_poor', OLD."intentions_poor", 'intentions_poor_about', OLD."intentions_poor_about", 'sort_order', OLD."sort_order"), json_object('item_id', NEW."item_id", 'company_id', NEW."company_id", 'resumes', NEW."resumes", 'resumes_about', NEW."resumes_about", 'intentions', NEW."intentions", 'intentions_about', NEW."intentions_about", 'intentions_poor', NEW."intentions_poor", 'intentions_poor_about', NEW."intentions_poor_about", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_event_outcomes_delete ON event_outcomes
CREATE TRIGGER sync_capture_event_outcomes_delete AFTER DELETE ON event_outcomes WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('event_outcomes', json_array(OLD."item_id"), 'D', json_object('item_id', OLD."item_id", 'positions_offered', OLD."positions_offered", 'positions_offered_about', OLD."positions_offered_about", 'job_seekers', OLD."job_seekers", 'job_seekers_about', OLD."job_seekers_about", 'resumes', OLD."resumes", 'resumes_about', OLD."resumes_about", 'intentions', OLD."intentions", 'intentions_about', OLD."intentions_about", 'intentions_poor', OLD."intentions_poor", 'intentions_poor_about', OLD."intentions_poor_about", 'hired', OLD."hired", 'hired_about', OLD."hired_about", 'trainees', OLD."trainees", 'trainees_about', OLD."trainees_about", 'training_hours', OLD."training_hours", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_event_outcomes_insert ON event_outcomes
CREATE TRIGGER sync_capture_event_outcomes_insert AFTER INSERT ON event_outcomes WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('event_outcomes', json_array(NEW."item_id"), 'I', NULL, json_object('item_id', NEW."item_id", 'positions_offered', NEW."positions_offered", 'positions_offered_about', NEW."positions_offered_about", 'job_seekers', NEW."job_seekers", 'job_seekers_about', NEW."job_seekers_about", 'resumes', NEW."resumes", 'resumes_about', NEW."resumes_about", 'intentions', NEW."intentions", 'intentions_about', NEW."intentions_about", 'intentions_poor', NEW."intentions_poor", 'intentions_poor_about', NEW."intentions_poor_about", 'hired', NEW."hired", 'hired_about', NEW."hired_about", 'trainees', NEW."trainees", 'trainees_about', NEW."trainees_about", 'training_hours', NEW."training_hours", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_event_outcomes_update ON event_outcomes
CREATE TRIGGER sync_capture_event_outcomes_update AFTER UPDATE OF "item_id", "positions_offered", "positions_offered_about", "job_seekers", "job_seekers_about", "resumes", "resumes_about", "intentions", "intentions_about", "intentions_poor", "intentions_poor_about", "hired", "hired_about", "trainees", "trainees_about", "training_hours", "notes", "created_at", "updated_at" ON event_outcomes WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('event_outcomes', json_array(OLD."item_id"), 'U', json_object('item_id', OLD."item_id", 'positions_offered', OLD."positions_offered", 'positions_offered_about', OLD."positions_offered_about", 'job_seekers', OLD."job_seekers", 'job_seekers_about', OLD."job_seekers_about", 'resumes', OLD."resumes", 'resumes_about', OLD."resumes_about", 'intentions', OLD."intentions", 'intentions_about', OLD."intentions_about", 'intentions_poor', OLD."intentions_poor", 'intentions_poor_about', OLD."intentions_poor_about", 'hired', OLD."hired", 'hired_about', OLD."hired_about", 'trainees', OLD."trainees", 'trainees_about', OLD."trainees_about", 'training_hours', OLD."training_hours", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('item_id', NEW."item_id", 'positions_offered', NEW."positions_offered", 'positions_offered_about', NEW."positions_offered_about", 'job_seekers', NEW."job_seekers", 'job_seekers_about', NEW."job_seekers_about", 'resumes', NEW."resumes", 'resumes_about', NEW."resumes_about", 'intentions', NEW."intentions", 'intentions_about', NEW."intentions_about", 'intentions_poor', NEW."intentions_poor", 'intentions_poor_about', NEW."intentions_poor_about", 'hired', NEW."hired", 'hired_about', NEW."hired_about", 'trainees', NEW."trainees", 'trainees_about', NEW."trainees_about", 'training_hours', NEW."training_hours", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_follow_ups_delete ON follow_ups
CREATE TRIGGER sync_capture_follow_ups_delete AFTER DELETE ON follow_ups WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('follow_ups', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'visit_id', OLD."visit_id", 'what', OLD."what", 'who_staff_id', OLD."who_staff_id", 'due_date', OLD."due_date", 'done_at', OLD."done_at", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_follow_ups_insert ON follow_ups
CREATE TRIGGER sync_capture_follow_ups_insert AFTER INSERT ON follow_ups WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('follow_ups', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'visit_id', NEW."visit_id", 'what', NEW."what", 'who_staff_id', NEW."who_staff_id", 'due_date', NEW."due_date", 'done_at', NEW."done_at", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_follow_ups_update ON follow_ups
CREATE TRIGGER sync_capture_follow_ups_update AFTER UPDATE OF "id", "visit_id", "what", "who_staff_id", "due_date", "done_at", "sort_order", "created_at", "updated_at" ON follow_ups WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('follow_ups', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'visit_id', OLD."visit_id", 'what', OLD."what", 'who_staff_id', OLD."who_staff_id", 'due_date', OLD."due_date", 'done_at', OLD."done_at", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'visit_id', NEW."visit_id", 'what', NEW."what", 'who_staff_id', NEW."who_staff_id", 'due_date', NEW."due_date", 'done_at', NEW."done_at", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_item_companies_delete ON itinerary_item_companies
CREATE TRIGGER sync_capture_itinerary_item_companies_delete AFTER DELETE ON itinerary_item_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_item_companies', json_array(OLD."item_id", OLD."company_id"), 'D', json_object('item_id', OLD."item_id", 'trip_id', OLD."trip_id", 'company_id', OLD."company_id"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_item_companies_insert ON itinerary_item_companies
CREATE TRIGGER sync_capture_itinerary_item_companies_insert AFTER INSERT ON itinerary_item_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_item_companies', json_array(NEW."item_id", NEW."company_id"), 'I', NULL, json_object('item_id', NEW."item_id", 'trip_id', NEW."trip_id", 'company_id', NEW."company_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_item_companies_update ON itinerary_item_companies
CREATE TRIGGER sync_capture_itinerary_item_companies_update AFTER UPDATE OF "item_id", "trip_id", "company_id" ON itinerary_item_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_item_companies', json_array(OLD."item_id", OLD."company_id"), 'U', json_object('item_id', OLD."item_id", 'trip_id', OLD."trip_id", 'company_id', OLD."company_id"), json_object('item_id', NEW."item_id", 'trip_id', NEW."trip_id", 'company_id', NEW."company_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_item_members_delete ON itinerary_item_members
CREATE TRIGGER sync_capture_itinerary_item_members_delete AFTER DELETE ON itinerary_item_members WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_item_members', json_array(OLD."item_id", OLD."member_id"), 'D', json_object('item_id', OLD."item_id", 'member_id', OLD."member_id"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_item_members_insert ON itinerary_item_members
CREATE TRIGGER sync_capture_itinerary_item_members_insert AFTER INSERT ON itinerary_item_members WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_item_members', json_array(NEW."item_id", NEW."member_id"), 'I', NULL, json_object('item_id', NEW."item_id", 'member_id', NEW."member_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_item_members_update ON itinerary_item_members
CREATE TRIGGER sync_capture_itinerary_item_members_update AFTER UPDATE OF "item_id", "member_id" ON itinerary_item_members WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_item_members', json_array(OLD."item_id", OLD."member_id"), 'U', json_object('item_id', OLD."item_id", 'member_id', OLD."member_id"), json_object('item_id', NEW."item_id", 'member_id', NEW."member_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_items_delete ON itinerary_items
CREATE TRIGGER sync_capture_itinerary_items_delete AFTER DELETE ON itinerary_items WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_items', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'trip_id', OLD."trip_id", 'kind', OLD."kind", 'title', OLD."title", 'starts_at', OLD."starts_at", 'ends_at', OLD."ends_at", 'place', OLD."place", 'county_id', OLD."county_id", 'local_contact', OLD."local_contact", 'local_contact_phone', OLD."local_contact_phone", 'track', OLD."track", 'travel', OLD."travel", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_items_insert ON itinerary_items
CREATE TRIGGER sync_capture_itinerary_items_insert AFTER INSERT ON itinerary_items WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_items', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'trip_id', NEW."trip_id", 'kind', NEW."kind", 'title', NEW."title", 'starts_at', NEW."starts_at", 'ends_at', NEW."ends_at", 'place', NEW."place", 'county_id', NEW."county_id", 'local_contact', NEW."local_contact", 'local_contact_phone', NEW."local_contact_phone", 'track', NEW."track", 'travel', NEW."travel", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_itinerary_items_update ON itinerary_items
CREATE TRIGGER sync_capture_itinerary_items_update AFTER UPDATE OF "id", "trip_id", "kind", "title", "starts_at", "ends_at", "place", "county_id", "local_contact", "local_contact_phone", "track", "travel", "notes", "created_at", "updated_at" ON itinerary_items WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('itinerary_items', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'trip_id', OLD."trip_id", 'kind', OLD."kind", 'title', OLD."title", 'starts_at', OLD."starts_at", 'ends_at', OLD."ends_at", 'place', OLD."place", 'county_id', OLD."county_id", 'local_contact', OLD."local_contact", 'local_contact_phone', OLD."local_contact_phone", 'track', OLD."track", 'travel', OLD."travel", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'trip_id', NEW."trip_id", 'kind', NEW."kind", 'title', NEW."title", 'starts_at', NEW."starts_at", 'ends_at', NEW."ends_at", 'place', NEW."place", 'county_id', NEW."county_id", 'local_contact', NEW."local_contact", 'local_contact_phone', NEW."local_contact_phone", 'track', NEW."track", 'travel', NEW."travel", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_job_types_delete ON job_types
CREATE TRIGGER sync_capture_job_types_delete AFTER DELETE ON job_types WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('job_types', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_job_types_insert ON job_types
CREATE TRIGGER sync_capture_job_types_insert AFTER INSERT ON job_types WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('job_types', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_job_types_update ON job_types
CREATE TRIGGER sync_capture_job_types_update AFTER UPDATE OF "id", "name", "sort_order", "created_at", "updated_at", "deleted_at" ON job_types WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('job_types', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_lookups_delete ON lookups
CREATE TRIGGER sync_capture_lookups_delete AFTER DELETE ON lookups WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('lookups', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'kind', OLD."kind", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_lookups_insert ON lookups
CREATE TRIGGER sync_capture_lookups_insert AFTER INSERT ON lookups WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('lookups', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'kind', NEW."kind", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_lookups_update ON lookups
CREATE TRIGGER sync_capture_lookups_update AFTER UPDATE OF "id", "kind", "name", "sort_order", "created_at", "updated_at", "deleted_at" ON lookups WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('lookups', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'kind', OLD."kind", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'kind', NEW."kind", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_placement_batches_delete ON placement_batches
CREATE TRIGGER sync_capture_placement_batches_delete AFTER DELETE ON placement_batches WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('placement_batches', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'arrived_on', OLD."arrived_on", 'workers', OLD."workers", 'poor', OLD."poor", 'prefecture_id', OLD."prefecture_id", 'county_id', OLD."county_id", 'trip_id', OLD."trip_id", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_placement_batches_insert ON placement_batches
CREATE TRIGGER sync_capture_placement_batches_insert AFTER INSERT ON placement_batches WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('placement_batches', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'arrived_on', NEW."arrived_on", 'workers', NEW."workers", 'poor', NEW."poor", 'prefecture_id', NEW."prefecture_id", 'county_id', NEW."county_id", 'trip_id', NEW."trip_id", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_placement_batches_update ON placement_batches
CREATE TRIGGER sync_capture_placement_batches_update AFTER UPDATE OF "id", "arrived_on", "workers", "poor", "prefecture_id", "county_id", "trip_id", "notes", "created_at", "updated_at", "deleted_at" ON placement_batches WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('placement_batches', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'arrived_on', OLD."arrived_on", 'workers', OLD."workers", 'poor', OLD."poor", 'prefecture_id', OLD."prefecture_id", 'county_id', OLD."county_id", 'trip_id', OLD."trip_id", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'arrived_on', NEW."arrived_on", 'workers', NEW."workers", 'poor', NEW."poor", 'prefecture_id', NEW."prefecture_id", 'county_id', NEW."county_id", 'trip_id', NEW."trip_id", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_placement_employers_delete ON placement_employers
CREATE TRIGGER sync_capture_placement_employers_delete AFTER DELETE ON placement_employers WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('placement_employers', json_array(OLD."batch_id", OLD."company_id"), 'D', json_object('batch_id', OLD."batch_id", 'company_id', OLD."company_id", 'workers', OLD."workers", 'sort_order', OLD."sort_order"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_placement_employers_insert ON placement_employers
CREATE TRIGGER sync_capture_placement_employers_insert AFTER INSERT ON placement_employers WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('placement_employers', json_array(NEW."batch_id", NEW."company_id"), 'I', NULL, json_object('batch_id', NEW."batch_id", 'company_id', NEW."company_id", 'workers', NEW."workers", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_placement_employers_update ON placement_employers
CREATE TRIGGER sync_capture_placement_employers_update AFTER UPDATE OF "batch_id", "company_id", "workers", "sort_order" ON placement_employers WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('placement_employers', json_array(OLD."batch_id", OLD."company_id"), 'U', json_object('batch_id', OLD."batch_id", 'company_id', OLD."company_id", 'workers', OLD."workers", 'sort_order', OLD."sort_order"), json_object('batch_id', NEW."batch_id", 'company_id', NEW."company_id", 'workers', NEW."workers", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_positions_delete ON positions
CREATE TRIGGER sync_capture_positions_delete AFTER DELETE ON positions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('positions', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'company_id', OLD."company_id", 'job_type_id', OLD."job_type_id", 'title', OLD."title", 'headcount', OLD."headcount", 'pay_min', OLD."pay_min", 'pay_max', OLD."pay_max", 'hours_per_day', OLD."hours_per_day", 'days_per_week', OLD."days_per_week", 'shifts', OLD."shifts", 'hours_note', OLD."hours_note", 'age_min', OLD."age_min", 'age_max', OLD."age_max", 'education', OLD."education", 'skills', OLD."skills", 'certificates', OLD."certificates", 'room_included', OLD."room_included", 'board_included', OLD."board_included", 'suitable_for_rural', OLD."suitable_for_rural", 'valid_from', OLD."valid_from", 'valid_to', OLD."valid_to", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_positions_insert ON positions
CREATE TRIGGER sync_capture_positions_insert AFTER INSERT ON positions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('positions', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'company_id', NEW."company_id", 'job_type_id', NEW."job_type_id", 'title', NEW."title", 'headcount', NEW."headcount", 'pay_min', NEW."pay_min", 'pay_max', NEW."pay_max", 'hours_per_day', NEW."hours_per_day", 'days_per_week', NEW."days_per_week", 'shifts', NEW."shifts", 'hours_note', NEW."hours_note", 'age_min', NEW."age_min", 'age_max', NEW."age_max", 'education', NEW."education", 'skills', NEW."skills", 'certificates', NEW."certificates", 'room_included', NEW."room_included", 'board_included', NEW."board_included", 'suitable_for_rural', NEW."suitable_for_rural", 'valid_from', NEW."valid_from", 'valid_to', NEW."valid_to", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_positions_update ON positions
CREATE TRIGGER sync_capture_positions_update AFTER UPDATE OF "id", "company_id", "job_type_id", "title", "headcount", "pay_min", "pay_max", "hours_per_day", "days_per_week", "shifts", "hours_note", "age_min", "age_max", "education", "skills", "certificates", "room_included", "board_included", "suitable_for_rural", "valid_from", "valid_to", "notes", "created_at", "updated_at", "deleted_at" ON positions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('positions', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'company_id', OLD."company_id", 'job_type_id', OLD."job_type_id", 'title', OLD."title", 'headcount', OLD."headcount", 'pay_min', OLD."pay_min", 'pay_max', OLD."pay_max", 'hours_per_day', OLD."hours_per_day", 'days_per_week', OLD."days_per_week", 'shifts', OLD."shifts", 'hours_note', OLD."hours_note", 'age_min', OLD."age_min", 'age_max', OLD."age_max", 'education', OLD."education", 'skills', OLD."skills", 'certificates', OLD."certificates", 'room_included', OLD."room_included", 'board_included', OLD."board_included", 'suitable_for_rural', OLD."suitable_for_rural", 'valid_from', OLD."valid_from", 'valid_to', OLD."valid_to", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'company_id', NEW."company_id", 'job_type_id', NEW."job_type_id", 'title', NEW."title", 'headcount', NEW."headcount", 'pay_min', NEW."pay_min", 'pay_max', NEW."pay_max", 'hours_per_day', NEW."hours_per_day", 'days_per_week', NEW."days_per_week", 'shifts', NEW."shifts", 'hours_note', NEW."hours_note", 'age_min', NEW."age_min", 'age_max', NEW."age_max", 'education', NEW."education", 'skills', NEW."skills", 'certificates', NEW."certificates", 'room_included', NEW."room_included", 'board_included', NEW."board_included", 'suitable_for_rural', NEW."suitable_for_rural", 'valid_from', NEW."valid_from", 'valid_to', NEW."valid_to", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_prefectures_delete ON prefectures
CREATE TRIGGER sync_capture_prefectures_delete AFTER DELETE ON prefectures WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('prefectures', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_prefectures_insert ON prefectures
CREATE TRIGGER sync_capture_prefectures_insert AFTER INSERT ON prefectures WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('prefectures', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_prefectures_update ON prefectures
CREATE TRIGGER sync_capture_prefectures_update AFTER UPDATE OF "id", "name", "sort_order", "created_at", "updated_at", "deleted_at" ON prefectures WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('prefectures', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'name', OLD."name", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'name', NEW."name", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_retention_checkins_delete ON retention_checkins
CREATE TRIGGER sync_capture_retention_checkins_delete AFTER DELETE ON retention_checkins WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('retention_checkins', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'checked_on', OLD."checked_on", 'still_working', OLD."still_working", 'poor', OLD."poor", 'prefecture_id', OLD."prefecture_id", 'batch_id', OLD."batch_id", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_retention_checkins_insert ON retention_checkins
CREATE TRIGGER sync_capture_retention_checkins_insert AFTER INSERT ON retention_checkins WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('retention_checkins', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'checked_on', NEW."checked_on", 'still_working', NEW."still_working", 'poor', NEW."poor", 'prefecture_id', NEW."prefecture_id", 'batch_id', NEW."batch_id", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_retention_checkins_update ON retention_checkins
CREATE TRIGGER sync_capture_retention_checkins_update AFTER UPDATE OF "id", "checked_on", "still_working", "poor", "prefecture_id", "batch_id", "notes", "created_at", "updated_at", "deleted_at" ON retention_checkins WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('retention_checkins', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'checked_on', OLD."checked_on", 'still_working', OLD."still_working", 'poor', OLD."poor", 'prefecture_id', OLD."prefecture_id", 'batch_id', OLD."batch_id", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'checked_on', NEW."checked_on", 'still_working', NEW."still_working", 'poor', NEW."poor", 'prefecture_id', NEW."prefecture_id", 'batch_id', NEW."batch_id", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_staff_delete ON staff
CREATE TRIGGER sync_capture_staff_delete AFTER DELETE ON staff WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('staff', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'name', OLD."name", 'title', OLD."title", 'phone', OLD."phone", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_staff_insert ON staff
CREATE TRIGGER sync_capture_staff_insert AFTER INSERT ON staff WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('staff', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'name', NEW."name", 'title', NEW."title", 'phone', NEW."phone", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_staff_update ON staff
CREATE TRIGGER sync_capture_staff_update AFTER UPDATE OF "id", "name", "title", "phone", "created_at", "updated_at", "deleted_at" ON staff WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('staff', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'name', OLD."name", 'title', OLD."title", 'phone', OLD."phone", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'name', NEW."name", 'title', NEW."title", 'phone', NEW."phone", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_companies_delete ON trip_companies
CREATE TRIGGER sync_capture_trip_companies_delete AFTER DELETE ON trip_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_companies', json_array(OLD."trip_id", OLD."company_id"), 'D', json_object('trip_id', OLD."trip_id", 'company_id', OLD."company_id", 'verdict', OLD."verdict", 'override_reason', OLD."override_reason", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_companies_insert ON trip_companies
CREATE TRIGGER sync_capture_trip_companies_insert AFTER INSERT ON trip_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_companies', json_array(NEW."trip_id", NEW."company_id"), 'I', NULL, json_object('trip_id', NEW."trip_id", 'company_id', NEW."company_id", 'verdict', NEW."verdict", 'override_reason', NEW."override_reason", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_companies_update ON trip_companies
CREATE TRIGGER sync_capture_trip_companies_update AFTER UPDATE OF "trip_id", "company_id", "verdict", "override_reason", "sort_order", "created_at", "updated_at" ON trip_companies WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_companies', json_array(OLD."trip_id", OLD."company_id"), 'U', json_object('trip_id', OLD."trip_id", 'company_id', OLD."company_id", 'verdict', OLD."verdict", 'override_reason', OLD."override_reason", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('trip_id', NEW."trip_id", 'company_id', NEW."company_id", 'verdict', NEW."verdict", 'override_reason', NEW."override_reason", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_counties_delete ON trip_counties
CREATE TRIGGER sync_capture_trip_counties_delete AFTER DELETE ON trip_counties WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_counties', json_array(OLD."trip_id", OLD."county_id"), 'D', json_object('trip_id', OLD."trip_id", 'county_id', OLD."county_id", 'sort_order', OLD."sort_order"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_counties_insert ON trip_counties
CREATE TRIGGER sync_capture_trip_counties_insert AFTER INSERT ON trip_counties WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_counties', json_array(NEW."trip_id", NEW."county_id"), 'I', NULL, json_object('trip_id', NEW."trip_id", 'county_id', NEW."county_id", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_counties_update ON trip_counties
CREATE TRIGGER sync_capture_trip_counties_update AFTER UPDATE OF "trip_id", "county_id", "sort_order" ON trip_counties WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_counties', json_array(OLD."trip_id", OLD."county_id"), 'U', json_object('trip_id', OLD."trip_id", 'county_id', OLD."county_id", 'sort_order', OLD."sort_order"), json_object('trip_id', NEW."trip_id", 'county_id', NEW."county_id", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_members_delete ON trip_members
CREATE TRIGGER sync_capture_trip_members_delete AFTER DELETE ON trip_members WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_members', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'trip_id', OLD."trip_id", 'name', OLD."name", 'role', OLD."role", 'organisation', OLD."organisation", 'phone', OLD."phone", 'contact_id', OLD."contact_id", 'staff_id', OLD."staff_id", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_members_insert ON trip_members
CREATE TRIGGER sync_capture_trip_members_insert AFTER INSERT ON trip_members WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_members', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'trip_id', NEW."trip_id", 'name', NEW."name", 'role', NEW."role", 'organisation', NEW."organisation", 'phone', NEW."phone", 'contact_id', NEW."contact_id", 'staff_id', NEW."staff_id", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_members_update ON trip_members
CREATE TRIGGER sync_capture_trip_members_update AFTER UPDATE OF "id", "trip_id", "name", "role", "organisation", "phone", "contact_id", "staff_id", "sort_order", "created_at", "updated_at" ON trip_members WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_members', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'trip_id', OLD."trip_id", 'name', OLD."name", 'role', OLD."role", 'organisation', OLD."organisation", 'phone', OLD."phone", 'contact_id', OLD."contact_id", 'staff_id', OLD."staff_id", 'sort_order', OLD."sort_order", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'trip_id', NEW."trip_id", 'name', NEW."name", 'role', NEW."role", 'organisation', NEW."organisation", 'phone', NEW."phone", 'contact_id', NEW."contact_id", 'staff_id', NEW."staff_id", 'sort_order', NEW."sort_order", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_positions_delete ON trip_positions
CREATE TRIGGER sync_capture_trip_positions_delete AFTER DELETE ON trip_positions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_positions', json_array(OLD."trip_id", OLD."position_id"), 'D', json_object('trip_id', OLD."trip_id", 'company_id', OLD."company_id", 'position_id', OLD."position_id", 'sort_order', OLD."sort_order"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_positions_insert ON trip_positions
CREATE TRIGGER sync_capture_trip_positions_insert AFTER INSERT ON trip_positions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_positions', json_array(NEW."trip_id", NEW."position_id"), 'I', NULL, json_object('trip_id', NEW."trip_id", 'company_id', NEW."company_id", 'position_id', NEW."position_id", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trip_positions_update ON trip_positions
CREATE TRIGGER sync_capture_trip_positions_update AFTER UPDATE OF "trip_id", "company_id", "position_id", "sort_order" ON trip_positions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trip_positions', json_array(OLD."trip_id", OLD."position_id"), 'U', json_object('trip_id', OLD."trip_id", 'company_id', OLD."company_id", 'position_id', OLD."position_id", 'sort_order', OLD."sort_order"), json_object('trip_id', NEW."trip_id", 'company_id', NEW."company_id", 'position_id', NEW."position_id", 'sort_order', NEW."sort_order"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trips_delete ON trips
CREATE TRIGGER sync_capture_trips_delete AFTER DELETE ON trips WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trips', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'title', OLD."title", 'prefecture_id', OLD."prefecture_id", 'start_date', OLD."start_date", 'end_date', OLD."end_date", 'purpose', OLD."purpose", 'status', OLD."status", 'notes', OLD."notes", 'copied_from', OLD."copied_from", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trips_insert ON trips
CREATE TRIGGER sync_capture_trips_insert AFTER INSERT ON trips WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trips', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'title', NEW."title", 'prefecture_id', NEW."prefecture_id", 'start_date', NEW."start_date", 'end_date', NEW."end_date", 'purpose', NEW."purpose", 'status', NEW."status", 'notes', NEW."notes", 'copied_from', NEW."copied_from", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_trips_update ON trips
CREATE TRIGGER sync_capture_trips_update AFTER UPDATE OF "id", "title", "prefecture_id", "start_date", "end_date", "purpose", "status", "notes", "copied_from", "created_at", "updated_at", "deleted_at" ON trips WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('trips', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'title', OLD."title", 'prefecture_id', OLD."prefecture_id", 'start_date', OLD."start_date", 'end_date', OLD."end_date", 'purpose', OLD."purpose", 'status', OLD."status", 'notes', OLD."notes", 'copied_from', OLD."copied_from", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'title', NEW."title", 'prefecture_id', NEW."prefecture_id", 'start_date', NEW."start_date", 'end_date', NEW."end_date", 'purpose', NEW."purpose", 'status', NEW."status", 'notes', NEW."notes", 'copied_from', NEW."copied_from", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_actions_delete ON vetting_actions
CREATE TRIGGER sync_capture_vetting_actions_delete AFTER DELETE ON vetting_actions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_actions', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'vetting_id', OLD."vetting_id", 'item_key', OLD."item_key", 'what', OLD."what", 'who_staff_id', OLD."who_staff_id", 'due_date', OLD."due_date", 'done_at', OLD."done_at", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_actions_insert ON vetting_actions
CREATE TRIGGER sync_capture_vetting_actions_insert AFTER INSERT ON vetting_actions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_actions', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'vetting_id', NEW."vetting_id", 'item_key', NEW."item_key", 'what', NEW."what", 'who_staff_id', NEW."who_staff_id", 'due_date', NEW."due_date", 'done_at', NEW."done_at", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_actions_update ON vetting_actions
CREATE TRIGGER sync_capture_vetting_actions_update AFTER UPDATE OF "id", "vetting_id", "item_key", "what", "who_staff_id", "due_date", "done_at", "created_at", "updated_at" ON vetting_actions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_actions', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'vetting_id', OLD."vetting_id", 'item_key', OLD."item_key", 'what', OLD."what", 'who_staff_id', OLD."who_staff_id", 'due_date', OLD."due_date", 'done_at', OLD."done_at", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'vetting_id', NEW."vetting_id", 'item_key', NEW."item_key", 'what', NEW."what", 'who_staff_id', NEW."who_staff_id", 'due_date', NEW."due_date", 'done_at', NEW."done_at", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_answers_delete ON vetting_answers
CREATE TRIGGER sync_capture_vetting_answers_delete AFTER DELETE ON vetting_answers WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_answers', json_array(OLD."vetting_id", OLD."item_key"), 'D', json_object('vetting_id', OLD."vetting_id", 'item_key', OLD."item_key", 'value', OLD."value", 'note', OLD."note", 'answered_at', OLD."answered_at", 'answered_by', OLD."answered_by"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_answers_insert ON vetting_answers
CREATE TRIGGER sync_capture_vetting_answers_insert AFTER INSERT ON vetting_answers WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_answers', json_array(NEW."vetting_id", NEW."item_key"), 'I', NULL, json_object('vetting_id', NEW."vetting_id", 'item_key', NEW."item_key", 'value', NEW."value", 'note', NEW."note", 'answered_at', NEW."answered_at", 'answered_by', NEW."answered_by"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_answers_update ON vetting_answers
CREATE TRIGGER sync_capture_vetting_answers_update AFTER UPDATE OF "vetting_id", "item_key", "value", "note", "answered_at", "answered_by" ON vetting_answers WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_answers', json_array(OLD."vetting_id", OLD."item_key"), 'U', json_object('vetting_id', OLD."vetting_id", 'item_key', OLD."item_key", 'value', OLD."value", 'note', OLD."note", 'answered_at', OLD."answered_at", 'answered_by', OLD."answered_by"), json_object('vetting_id', NEW."vetting_id", 'item_key', NEW."item_key", 'value', NEW."value", 'note', NEW."note", 'answered_at', NEW."answered_at", 'answered_by', NEW."answered_by"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_photos_delete ON vetting_photos
CREATE TRIGGER sync_capture_vetting_photos_delete AFTER DELETE ON vetting_photos WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_photos', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'vetting_id', OLD."vetting_id", 'item_key', OLD."item_key", 'mime', OLD."mime", 'width', OLD."width", 'height', OLD."height", 'bytes', OLD."bytes", 'caption', OLD."caption", 'created_by', OLD."created_by", 'created_at', OLD."created_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_photos_insert ON vetting_photos
CREATE TRIGGER sync_capture_vetting_photos_insert AFTER INSERT ON vetting_photos WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_photos', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'vetting_id', NEW."vetting_id", 'item_key', NEW."item_key", 'mime', NEW."mime", 'width', NEW."width", 'height', NEW."height", 'bytes', NEW."bytes", 'caption', NEW."caption", 'created_by', NEW."created_by", 'created_at', NEW."created_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_photos_update ON vetting_photos
CREATE TRIGGER sync_capture_vetting_photos_update AFTER UPDATE OF "id", "vetting_id", "item_key", "mime", "width", "height", "bytes", "caption", "created_by", "created_at", "data" ON vetting_photos WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_photos', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'vetting_id', OLD."vetting_id", 'item_key', OLD."item_key", 'mime', OLD."mime", 'width', OLD."width", 'height', OLD."height", 'bytes', OLD."bytes", 'caption', OLD."caption", 'created_by', OLD."created_by", 'created_at', OLD."created_at"), json_object('id', NEW."id", 'vetting_id', NEW."vetting_id", 'item_key', NEW."item_key", 'mime', NEW."mime", 'width', NEW."width", 'height', NEW."height", 'bytes', NEW."bytes", 'caption', NEW."caption", 'created_by', NEW."created_by", 'created_at', NEW."created_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_template_versions_delete ON vetting_template_versions
CREATE TRIGGER sync_capture_vetting_template_versions_delete AFTER DELETE ON vetting_template_versions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_template_versions', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'template_id', OLD."template_id", 'version', OLD."version", 'content', OLD."content", 'created_by', OLD."created_by", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_template_versions_insert ON vetting_template_versions
CREATE TRIGGER sync_capture_vetting_template_versions_insert AFTER INSERT ON vetting_template_versions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_template_versions', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'template_id', NEW."template_id", 'version', NEW."version", 'content', NEW."content", 'created_by', NEW."created_by", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_template_versions_update ON vetting_template_versions
CREATE TRIGGER sync_capture_vetting_template_versions_update AFTER UPDATE OF "id", "template_id", "version", "content", "created_by", "created_at", "updated_at" ON vetting_template_versions WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_template_versions', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'template_id', OLD."template_id", 'version', OLD."version", 'content', OLD."content", 'created_by', OLD."created_by", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'template_id', NEW."template_id", 'version', NEW."version", 'content', NEW."content", 'created_by', NEW."created_by", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_templates_delete ON vetting_templates
CREATE TRIGGER sync_capture_vetting_templates_delete AFTER DELETE ON vetting_templates WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_templates', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'name', OLD."name", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_templates_insert ON vetting_templates
CREATE TRIGGER sync_capture_vetting_templates_insert AFTER INSERT ON vetting_templates WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_templates', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'name', NEW."name", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vetting_templates_update ON vetting_templates
CREATE TRIGGER sync_capture_vetting_templates_update AFTER UPDATE OF "id", "name", "created_at", "updated_at", "deleted_at" ON vetting_templates WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vetting_templates', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'name', OLD."name", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'name', NEW."name", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vettings_delete ON vettings
CREATE TRIGGER sync_capture_vettings_delete AFTER DELETE ON vettings WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vettings', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'company_id', OLD."company_id", 'visit_id', OLD."visit_id", 'template_version_id', OLD."template_version_id", 'template', OLD."template", 'suggestions', OLD."suggestions", 'context', OLD."context", 'override_verdict', OLD."override_verdict", 'override_reason', OLD."override_reason", 'verdict', OLD."verdict", 'score', OLD."score", 'signed_off_at', OLD."signed_off_at", 'signed_off_by', OLD."signed_off_by", 'amends_id', OLD."amends_id", 'amended_by', OLD."amended_by", 'started_by', OLD."started_by", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'vetted_on', OLD."vetted_on", 'signed_off_on', OLD."signed_off_on"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vettings_insert ON vettings
CREATE TRIGGER sync_capture_vettings_insert AFTER INSERT ON vettings WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vettings', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'company_id', NEW."company_id", 'visit_id', NEW."visit_id", 'template_version_id', NEW."template_version_id", 'template', NEW."template", 'suggestions', NEW."suggestions", 'context', NEW."context", 'override_verdict', NEW."override_verdict", 'override_reason', NEW."override_reason", 'verdict', NEW."verdict", 'score', NEW."score", 'signed_off_at', NEW."signed_off_at", 'signed_off_by', NEW."signed_off_by", 'amends_id', NEW."amends_id", 'amended_by', NEW."amended_by", 'started_by', NEW."started_by", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'vetted_on', NEW."vetted_on", 'signed_off_on', NEW."signed_off_on"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_vettings_update ON vettings
CREATE TRIGGER sync_capture_vettings_update AFTER UPDATE OF "id", "company_id", "visit_id", "template_version_id", "template", "suggestions", "context", "override_verdict", "override_reason", "verdict", "score", "signed_off_at", "signed_off_by", "amends_id", "amended_by", "started_by", "created_at", "updated_at", "vetted_on", "signed_off_on" ON vettings WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('vettings', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'company_id', OLD."company_id", 'visit_id', OLD."visit_id", 'template_version_id', OLD."template_version_id", 'template', OLD."template", 'suggestions', OLD."suggestions", 'context', OLD."context", 'override_verdict', OLD."override_verdict", 'override_reason', OLD."override_reason", 'verdict', OLD."verdict", 'score', OLD."score", 'signed_off_at', OLD."signed_off_at", 'signed_off_by', OLD."signed_off_by", 'amends_id', OLD."amends_id", 'amended_by', OLD."amended_by", 'started_by', OLD."started_by", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'vetted_on', OLD."vetted_on", 'signed_off_on', OLD."signed_off_on"), json_object('id', NEW."id", 'company_id', NEW."company_id", 'visit_id', NEW."visit_id", 'template_version_id', NEW."template_version_id", 'template', NEW."template", 'suggestions', NEW."suggestions", 'context', NEW."context", 'override_verdict', NEW."override_verdict", 'override_reason', NEW."override_reason", 'verdict', NEW."verdict", 'score', NEW."score", 'signed_off_at', NEW."signed_off_at", 'signed_off_by', NEW."signed_off_by", 'amends_id', NEW."amends_id", 'amended_by', NEW."amended_by", 'started_by', NEW."started_by", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'vetted_on', NEW."vetted_on", 'signed_off_on', NEW."signed_off_on"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_visit_staff_delete ON visit_staff
CREATE TRIGGER sync_capture_visit_staff_delete AFTER DELETE ON visit_staff WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('visit_staff', json_array(OLD."visit_id", OLD."staff_id"), 'D', json_object('visit_id', OLD."visit_id", 'staff_id', OLD."staff_id"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_visit_staff_insert ON visit_staff
CREATE TRIGGER sync_capture_visit_staff_insert AFTER INSERT ON visit_staff WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('visit_staff', json_array(NEW."visit_id", NEW."staff_id"), 'I', NULL, json_object('visit_id', NEW."visit_id", 'staff_id', NEW."staff_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_visit_staff_update ON visit_staff
CREATE TRIGGER sync_capture_visit_staff_update AFTER UPDATE OF "visit_id", "staff_id" ON visit_staff WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('visit_staff', json_array(OLD."visit_id", OLD."staff_id"), 'U', json_object('visit_id', OLD."visit_id", 'staff_id', OLD."staff_id"), json_object('visit_id', NEW."visit_id", 'staff_id', NEW."staff_id"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_visits_delete ON visits
CREATE TRIGGER sync_capture_visits_delete AFTER DELETE ON visits WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('visits', json_array(OLD."id"), 'D', json_object('id', OLD."id", 'company_id', OLD."company_id", 'visit_date', OLD."visit_date", 'purpose', OLD."purpose", 'business', OLD."business", 'environment', OLD."environment", 'wages', OLD."wages", 'lodging', OLD."lodging", 'pay_min', OLD."pay_min", 'pay_max', OLD."pay_max", 'dorm_provided', OLD."dorm_provided", 'people_per_room', OLD."people_per_room", 'meals_provided', OLD."meals_provided", 'notes', OLD."notes", 'created_by', OLD."created_by", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_visits_insert ON visits
CREATE TRIGGER sync_capture_visits_insert AFTER INSERT ON visits WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('visits', json_array(NEW."id"), 'I', NULL, json_object('id', NEW."id", 'company_id', NEW."company_id", 'visit_date', NEW."visit_date", 'purpose', NEW."purpose", 'business', NEW."business", 'environment', NEW."environment", 'wages', NEW."wages", 'lodging', NEW."lodging", 'pay_min', NEW."pay_min", 'pay_max', NEW."pay_max", 'dorm_provided', NEW."dorm_provided", 'people_per_room', NEW."people_per_room", 'meals_provided', NEW."meals_provided", 'notes', NEW."notes", 'created_by', NEW."created_by", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger sync_capture_visits_update ON visits
CREATE TRIGGER sync_capture_visits_update AFTER UPDATE OF "id", "company_id", "visit_date", "purpose", "business", "environment", "wages", "lodging", "pay_min", "pay_max", "dorm_provided", "people_per_room", "meals_provided", "notes", "created_by", "created_at", "updated_at", "deleted_at" ON visits WHEN (SELECT capture FROM sync_state) = 1 BEGIN
  INSERT INTO sync_outbox (tbl, pk, op, old, new, at) VALUES ('visits', json_array(OLD."id"), 'U', json_object('id', OLD."id", 'company_id', OLD."company_id", 'visit_date', OLD."visit_date", 'purpose', OLD."purpose", 'business', OLD."business", 'environment', OLD."environment", 'wages', OLD."wages", 'lodging', OLD."lodging", 'pay_min', OLD."pay_min", 'pay_max', OLD."pay_max", 'dorm_provided', OLD."dorm_provided", 'people_per_room', OLD."people_per_room", 'meals_provided', OLD."meals_provided", 'notes', OLD."notes", 'created_by', OLD."created_by", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'deleted_at', OLD."deleted_at"), json_object('id', NEW."id", 'company_id', NEW."company_id", 'visit_date', NEW."visit_date", 'purpose', NEW."purpose", 'business', NEW."business", 'environment', NEW."environment", 'wages', NEW."wages", 'lodging', NEW."lodging", 'pay_min', NEW."pay_min", 'pay_max', NEW."pay_max", 'dorm_provided', NEW."dorm_provided", 'people_per_room', NEW."people_per_room", 'meals_provided', NEW."meals_provided", 'notes', NEW."notes", 'created_by', NEW."created_by", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'deleted_at', NEW."deleted_at"), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger visit_counts_company_delete ON companies
CREATE TRIGGER visit_counts_company_delete BEFORE DELETE ON companies BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_company_update ON companies
CREATE TRIGGER visit_counts_company_update AFTER UPDATE OF deleted_at, town_id ON companies
  WHEN OLD.town_id IS NOT NEW.town_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, -1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(OLD.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = OLD.id AND v.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, 1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(NEW.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = NEW.id AND v.deleted_at IS NULL AND NEW.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, 1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(NEW.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = NEW.id AND v.deleted_at IS NULL AND NEW.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, 1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(NEW.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = NEW.id AND v.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, 1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(NEW.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = NEW.id AND v.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, 1 * count(*) FROM (
  SELECT v.id AS id, v.visit_date AS d, coalesce(NEW.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = NEW.id AND v.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_staff_delete ON visit_staff
CREATE TRIGGER visit_counts_staff_delete AFTER DELETE ON visit_staff BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'staff', OLD.staff_id, v.visit_date, -1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = OLD.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  UNION ALL
  SELECT 'staffTown', OLD.staff_id || '/' || coalesce(c.town_id, ''), v.visit_date, -1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = OLD.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_staff_insert ON visit_staff
CREATE TRIGGER visit_counts_staff_insert AFTER INSERT ON visit_staff BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'staff', NEW.staff_id, v.visit_date, 1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  UNION ALL
  SELECT 'staffTown', NEW.staff_id || '/' || coalesce(c.town_id, ''), v.visit_date, 1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_staff_update ON visit_staff
CREATE TRIGGER visit_counts_staff_update AFTER UPDATE ON visit_staff BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'staff', OLD.staff_id, v.visit_date, -1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = OLD.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  UNION ALL
  SELECT 'staffTown', OLD.staff_id || '/' || coalesce(c.town_id, ''), v.visit_date, -1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = OLD.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'staff', NEW.staff_id, v.visit_date, 1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  UNION ALL
  SELECT 'staffTown', NEW.staff_id || '/' || coalesce(c.town_id, ''), v.visit_date, 1 FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_visit_delete ON visits
CREATE TRIGGER visit_counts_visit_delete BEFORE DELETE ON visits BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_visit_insert ON visits
CREATE TRIGGER visit_counts_visit_insert AFTER INSERT ON visits BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;

-- trigger visit_counts_visit_update ON visits
CREATE TRIGGER visit_counts_visit_update AFTER UPDATE OF visit_date, company_id, deleted_at ON visits
  WHEN OLD.visit_date IS NOT NEW.visit_date OR OLD.company_id IS NOT NEW.company_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, -1 * count(*) FROM (
  SELECT OLD.id AS id, OLD.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = OLD.company_id AND c.deleted_at IS NULL AND OLD.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;

INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, 1 * count(*) FROM (
  SELECT NEW.id AS id, NEW.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = NEW.company_id AND c.deleted_at IS NULL AND NEW.deleted_at IS NULL) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;
END;
