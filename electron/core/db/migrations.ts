// Numbered migrations on PRAGMA user_version. Each runs in its own transaction
// together with the version bump, so a file is never left half-migrated.
// Append new migrations; never edit one that has shipped.
import type Database from 'better-sqlite3-multiple-ciphers';
import { reindexCompany } from '../companies/repository';
import { newId, nowIso } from '../ids';
// What migration 3 seeded, frozen: the resource file may change, a shipped migration may not.
import VETTING_TEMPLATE_V1 from './frozen/vetting-template-v1.json';
import { reindexVisit } from '../visits/repository';
import { DEFAULT_JOB_TYPES, JIADING_TOWNS, DEFAULT_INDUSTRIES, PARTNER_REGIONS } from './seedLists';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Rows a new workspace starts with, written in the migration's transaction. */
  seed?: (db: Database.Database) => void;
  /** Rows derived from what an existing workspace holds, written in the migration's transaction after `sql`. */
  data?: (db: Database.Database) => void;
}

function seedLookups(db: Database.Database, kind: 'town' | 'industry', names: readonly string[]) {
  const at = nowIso();
  const insert = db.prepare('INSERT INTO lookups (id, kind, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  names.forEach((name, i) => insert.run(newId(), kind, name, i, at, at));
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'staff, lists, companies, contacts, visits, follow-ups, audit, search',
    sql: `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  title      TEXT,
  phone      TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE lookups (
  id         TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('town', 'industry')),
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX lookups_unique_name ON lookups (kind, name) WHERE deleted_at IS NULL;

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
CREATE UNIQUE INDEX companies_unique_name ON companies (name_key) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX companies_unique_credit_code ON companies (credit_code) WHERE credit_code IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX companies_by_name ON companies (name_sort) WHERE deleted_at IS NULL;
CREATE INDEX companies_by_last_visit ON companies (last_visit_date) WHERE deleted_at IS NULL;
CREATE INDEX companies_by_town ON companies (town_id);
CREATE INDEX companies_by_industry ON companies (industry_id);

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
CREATE INDEX contacts_by_company ON contacts (company_id);

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
CREATE INDEX visits_by_company ON visits (company_id, visit_date);
CREATE INDEX visits_by_date ON visits (visit_date);

CREATE TABLE visit_staff (
  visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  PRIMARY KEY (visit_id, staff_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX visit_staff_by_staff ON visit_staff (staff_id);

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
CREATE INDEX follow_ups_by_visit ON follow_ups (visit_id);
CREATE INDEX follow_ups_open ON follow_ups (due_date) WHERE done_at IS NULL;

CREATE TABLE audit (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  staff_id  TEXT,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action    TEXT NOT NULL,
  changes   TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_entity ON audit (entity_id, id);

-- Free-text search. The trigram tokenizer matches Chinese substrings without word
-- segmentation; the core keeps these rows in step with the records it indexes.
CREATE VIRTUAL TABLE companies_fts USING fts5 (text, company_id UNINDEXED, tokenize = 'trigram');
CREATE VIRTUAL TABLE visits_fts USING fts5 (text, visit_id UNINDEXED, tokenize = 'trigram');
`,
    seed: (db) => {
      seedLookups(db, 'town', JIADING_TOWNS);
      seedLookups(db, 'industry', DEFAULT_INDUSTRIES);
    },
  },
  {
    version: 2,
    name: 'search: plain text table + contentless trigram and bigram indexes, secure-delete for companies',
    // Why (see db/search.ts): one- and two-character words, the common case in Chinese,
    // were answered by scanning every record's text; deleting a record's entry scanned the
    // whole index (company_id/visit_id were UNINDEXED columns); and deleted words stayed in
    // the index pages (contacts are private persons: the company indexes use secure-delete).
    // The text now lives in a plain table keyed by an integer that both indexes use as their rowid.
    sql: `
DROP TABLE companies_fts;
DROP TABLE visits_fts;

CREATE TABLE company_search (
  n          INTEGER PRIMARY KEY,
  company_id TEXT NOT NULL UNIQUE REFERENCES companies (id),
  text       TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE company_search_tri USING fts5 (text, content = '', columnsize = 0, tokenize = 'trigram');
CREATE VIRTUAL TABLE company_search_bi USING fts5 (text, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO company_search_tri (company_search_tri, rank) VALUES ('secure-delete', 1);
INSERT INTO company_search_bi (company_search_bi, rank) VALUES ('secure-delete', 1);

CREATE TABLE visit_search (
  n        INTEGER PRIMARY KEY,
  visit_id TEXT NOT NULL UNIQUE REFERENCES visits (id),
  text     TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE visit_search_tri USING fts5 (text, content = '', columnsize = 0, tokenize = 'trigram');
CREATE VIRTUAL TABLE visit_search_bi USING fts5 (text, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 0');
-- No secure-delete here: visit notes are observations, not people's data, and the audit
-- trail keeps them anyway; wiping a visit's words cost 30 ms per edit on 100k visits (1 ms without).
`,
    data: (db) => {
      for (const { id } of db.prepare('SELECT id FROM companies WHERE deleted_at IS NULL').all() as { id: string }[]) reindexCompany(db, id);
      for (const { id } of db.prepare('SELECT id FROM visits WHERE deleted_at IS NULL').all() as { id: string }[]) reindexVisit(db, id);
    },
  },
  {
    version: 3,
    name: 'vetting: versioned checklist templates, vettings with answers, photos and follow-up actions',
    sql: `
CREATE TABLE vetting_templates (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- A version is frozen once a vetting uses it; editing then makes the next version.
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
CREATE INDEX vettings_by_company ON vettings (company_id, signed_off_at);
CREATE UNIQUE INDEX vettings_one_draft_per_company ON vettings (company_id) WHERE signed_off_at IS NULL;
CREATE INDEX vettings_by_template_version ON vettings (template_version_id);
CREATE INDEX vettings_by_amends ON vettings (amends_id) WHERE amends_id IS NOT NULL;

CREATE TABLE vetting_answers (
  vetting_id  TEXT NOT NULL REFERENCES vettings (id) ON DELETE CASCADE,
  item_key    TEXT NOT NULL,
  value       TEXT NOT NULL,
  note        TEXT,
  answered_at TEXT NOT NULL,
  answered_by TEXT REFERENCES staff (id),
  PRIMARY KEY (vetting_id, item_key)
) STRICT, WITHOUT ROWID;

-- The image bytes come last, so reading a photo's details never reads its overflow pages.
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
CREATE INDEX vetting_photos_by_vetting ON vetting_photos (vetting_id, item_key);

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
CREATE INDEX vetting_actions_by_vetting ON vetting_actions (vetting_id);
CREATE INDEX vetting_actions_open ON vetting_actions (due_date) WHERE done_at IS NULL;
`,
    // New and existing workspaces alike start with the default checklist as version 1.
    seed: (db) => {
      const at = nowIso();
      const templateId = newId();
      db.prepare('INSERT INTO vetting_templates (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(templateId, VETTING_TEMPLATE_V1.name.zh, at, at);
      db.prepare('INSERT INTO vetting_template_versions (id, template_id, version, content, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?)').run(
        newId(),
        templateId,
        JSON.stringify(VETTING_TEMPLATE_V1),
        at,
        at,
      );
    },
  },
  {
    version: 4,
    name: 'positions: an editable list of job types and the positions companies offer',
    // Job types get a table of their own: widening the lookups table's CHECK would mean
    // rebuilding a table the companies reference, which SQLite cannot do with foreign keys on
    // inside the migration's transaction.
    sql: `
CREATE TABLE job_types (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX job_types_unique_name ON job_types (name) WHERE deleted_at IS NULL;

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
CREATE INDEX positions_by_company ON positions (company_id) WHERE deleted_at IS NULL;
CREATE INDEX positions_by_job_type ON positions (job_type_id);
`,
    // New and existing workspaces alike start with the default job types; the user edits them.
    seed: (db) => {
      const at = nowIso();
      const insert = db.prepare('INSERT INTO job_types (id, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
      DEFAULT_JOB_TYPES.forEach((name, i) => insert.run(newId(), name, i, at, at));
    },
  },
  {
    version: 5,
    name: 'trips: partner regions, trips with their delegation, participating companies and positions, and the itinerary',
    sql: `
CREATE TABLE prefectures (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX prefectures_unique_name ON prefectures (name) WHERE deleted_at IS NULL;

CREATE TABLE counties (
  id            TEXT PRIMARY KEY,
  prefecture_id TEXT NOT NULL REFERENCES prefectures (id),
  name          TEXT NOT NULL,
  sort_order    INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX counties_unique_name ON counties (prefecture_id, name) WHERE deleted_at IS NULL;

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
CREATE INDEX trips_by_start ON trips (start_date) WHERE deleted_at IS NULL;

CREATE TABLE trip_counties (
  trip_id    TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  county_id  TEXT NOT NULL REFERENCES counties (id),
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (trip_id, county_id)
) STRICT, WITHOUT ROWID;

-- A person on the delegation: named here, since people are on many trips in many roles;
-- picked from a company's contacts or the staff list when they are one.
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
CREATE INDEX trip_members_by_trip ON trip_members (trip_id);

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
CREATE INDEX trip_companies_by_company ON trip_companies (company_id);

CREATE TABLE trip_positions (
  trip_id     TEXT NOT NULL,
  company_id  TEXT NOT NULL,
  position_id TEXT NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
  sort_order  INTEGER NOT NULL,
  PRIMARY KEY (trip_id, position_id),
  FOREIGN KEY (trip_id, company_id) REFERENCES trip_companies (trip_id, company_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX trip_positions_by_position ON trip_positions (position_id);

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
CREATE INDEX itinerary_items_by_trip ON itinerary_items (trip_id, starts_at);

CREATE TABLE itinerary_item_members (
  item_id   TEXT NOT NULL REFERENCES itinerary_items (id) ON DELETE CASCADE,
  member_id TEXT NOT NULL REFERENCES trip_members (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX itinerary_item_members_by_member ON itinerary_item_members (member_id);

CREATE TABLE itinerary_item_companies (
  item_id    TEXT NOT NULL REFERENCES itinerary_items (id) ON DELETE CASCADE,
  trip_id    TEXT NOT NULL,
  company_id TEXT NOT NULL,
  PRIMARY KEY (item_id, company_id),
  FOREIGN KEY (trip_id, company_id) REFERENCES trip_companies (trip_id, company_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX itinerary_item_companies_by_company ON itinerary_item_companies (trip_id, company_id);
`,
    // New and existing workspaces alike start with the partner regions; the user edits them.
    seed: (db) => {
      const at = nowIso();
      const prefecture = db.prepare('INSERT INTO prefectures (id, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
      const county = db.prepare('INSERT INTO counties (id, prefecture_id, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      PARTNER_REGIONS.forEach((p, i) => {
        const pid = newId();
        prefecture.run(pid, p.name, i, at, at);
        p.counties.forEach((name, j) => county.run(newId(), pid, name, j, at, at));
      });
    },
  },
  {
    version: 6,
    name: 'event outcomes, agreements, placements and retention check-ins',
    sql: `
-- The figures of one job fair, campus recruitment or training. Each count is nullable
-- (not counted is not zero) with an "about" flag for reported figures like 400余.
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

-- Optional split of an event's résumés and intentions by participating company. Purging a
-- company from the trash takes its share off the split (as it takes it off the trip); the
-- event's own figures stay, and the split then warns that it no longer adds up.
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
CREATE INDEX event_outcome_companies_by_company ON event_outcome_companies (company_id);

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
CREATE INDEX agreements_by_signed ON agreements (signed_on) WHERE deleted_at IS NULL;
CREATE INDEX agreements_by_trip ON agreements (trip_id) WHERE deleted_at IS NULL;

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
CREATE INDEX agreement_targets_by_agreement ON agreement_targets (agreement_id);

-- Scanned agreements live inside the workspace file so a copy of the file carries them.
CREATE TABLE agreement_documents (
  id            TEXT PRIMARY KEY,
  agreement_id  TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  file_name     TEXT NOT NULL,
  mime          TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  bytes         INTEGER NOT NULL,
  data          BLOB NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_documents_by_agreement ON agreement_documents (agreement_id);

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
CREATE INDEX placement_batches_by_arrival ON placement_batches (arrived_on) WHERE deleted_at IS NULL;

CREATE TABLE placement_employers (
  batch_id      TEXT NOT NULL REFERENCES placement_batches (id) ON DELETE CASCADE,
  company_id    TEXT NOT NULL REFERENCES companies (id),
  workers       INTEGER NOT NULL CHECK (workers >= 1),
  sort_order    INTEGER NOT NULL,
  PRIMARY KEY (batch_id, company_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX placement_employers_by_company ON placement_employers (company_id);

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
CREATE INDEX retention_checkins_by_date ON retention_checkins (checked_on) WHERE deleted_at IS NULL;
`,
  },
  {
    version: 7,
    name: 'vetting photo thumbnails for printed reports',
    // A ≤ 320 px JPEG of each photo, made by the renderer when it attaches the photo: reports
    // embed it instead of the full picture (a 200-company summary stays small and prints fast).
    // Its own table rather than a column after vetting_photos.data, so reading a thumbnail never
    // walks the overflow pages of the full image. Photos attached before have none; reports then
    // scale the full image down by CSS.
    sql: `
CREATE TABLE vetting_photo_thumbs (
  photo_id TEXT PRIMARY KEY REFERENCES vetting_photos (id) ON DELETE CASCADE,
  mime     TEXT NOT NULL,
  width    INTEGER NOT NULL,
  height   INTEGER NOT NULL,
  data     BLOB NOT NULL
) STRICT;
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
