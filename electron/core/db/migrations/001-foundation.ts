// Migration 1: the first schema. Frozen: it has shipped, so never edit it; add a migration instead.
// Self-contained on purpose: the seed lists are written out here as they were when it
// shipped, so editing the app's lists (db/seedLists.ts) does not change a new workspace's start.
import type Database from 'better-sqlite3-multiple-ciphers';
import { newId, nowIso } from './frozenIds';
import type { Migration } from './types';

const JIADING_TOWNS = [
  '安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇',
  '嘉定镇街道', '新成路街道', '真新街道', '菊园新区', '嘉定工业区',
];

const DEFAULT_INDUSTRIES = [
  '汽车及零部件', '装备制造', '电子信息', '新材料', '食品加工', '餐饮服务', '物流仓储',
  '商贸零售', '物业保洁', '建筑施工', '医疗健康', '纺织服装', '其他',
];

function seedLookups(db: Database.Database, kind: 'town' | 'industry', names: readonly string[]) {
  const at = nowIso();
  const insert = db.prepare('INSERT INTO lookups (id, kind, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  names.forEach((name, i) => insert.run(newId(), kind, name, i, at, at));
}

const migration: Migration = {
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
};

export default migration;
