// Migration 5: trips. Frozen: it has shipped, so never edit it; add a migration instead.
// The partner regions are written out here as they were when it shipped (not read from db/seedLists.ts).
import { newId, nowIso } from './frozenIds';
import type { Migration } from './types';

/**
 * 对口地区: the prefectures (州) trips go to and their counties and cities, as the
 * article names them. Chuxiong's city and nine counties, and Diqing with Deqin.
 */
const PARTNER_REGIONS = [
  { name: '楚雄州', counties: ['楚雄市', '双柏县', '牟定县', '南华县', '姚安县', '大姚县', '永仁县', '元谋县', '武定县', '禄丰县'] },
  { name: '迪庆州', counties: ['德钦县', '香格里拉市', '维西县'] },
];

const migration: Migration = {
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
};

export default migration;
