// Migration 6: outcomes. Frozen: it has shipped, so never edit it; add a migration instead.
import type { Migration } from './types';

const migration: Migration = {
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
};

export default migration;
