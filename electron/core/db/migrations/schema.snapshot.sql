-- The schema of a new workspace after every migration. Written by frozen.test.ts; do not edit.
PRAGMA user_version = 12;
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
CREATE TABLE audit (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  staff_id  TEXT,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action    TEXT NOT NULL,
  changes   TEXT NOT NULL
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
) STRICT;

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
