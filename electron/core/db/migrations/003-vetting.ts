// Migration 3: vetting. Frozen: it has shipped, so never edit it; add a migration instead.
import { newId, nowIso } from './frozenIds';
import type { Migration } from './types';
// The default checklist as this migration seeds it, frozen beside it: the app's template
// resource may change (a new version then needs a new migration), this file may not.
import VETTING_TEMPLATE_V1 from './003-vetting-template-v1.json';

const migration: Migration = {
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
};

export default migration;
