// Migration 4: job types and positions. Frozen: it has shipped, so never edit it; add a migration instead.
// The default job types are written out here as they were when it shipped (not read from db/seedLists.ts).
import { newId, nowIso } from './frozenIds';
import type { Migration } from './types';

/** 工种: the job types the article names first, then a few more the bureau uses. */
const DEFAULT_JOB_TYPES = ['普工', '技工', '仓管', '厨师', '保洁', '服务', '电工', '焊工', '叉车工', '质检员'];

const migration: Migration = {
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
};

export default migration;
