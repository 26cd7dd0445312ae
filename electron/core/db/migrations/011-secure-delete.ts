// Migration 11: deletion that deletes. Frozen once shipped: never edit it then; add a
// migration instead.
//
// - The visits' search indexes wipe a removed entry's words from their pages (FTS5
//   secure-delete), as the companies' have done since migration 2: visit notes name people
//   too, and a purged visit's words stayed readable in the index. The setting is kept in each
//   index's own config table; set on all four so the rule is visibly one.
//   Measured on the bench workspace (20,000 companies, 100,000 visits, encrypted, two shared
//   cores): replacing one visit's trigram entry took 38–65 ms with secure-delete, 0.4–1.5 ms
//   without; the price of a purged visit's words leaving the index.
// - The indexes are merged ('optimize'): entries deleted before this version were only marked
//   deleted in later segments, their words still in the earlier ones; the merge writes each
//   index again without them, and the pages it frees are zeroed (secure_delete is on for every
//   writing connection, db/open.ts).
// - Deletes before this version left their content in free pages and in the free space of pages
//   still in use: the file is VACUUMed once after the migration (written again from its live
//   rows), which a transaction cannot do, so the runner does it (vacuumAfter). On the bench
//   workspace (640 MB) the merge took 0.35 s and the VACUUM 18 s, once, when the file is opened.
// - Audit rows keep who, when and which record, never the values of person fields (names,
//   phones, notes, free-text observations): those already written become the "changed" mark,
//   and every value of a row whose record no longer exists is removed. The list of person fields
//   and of entity tables is copied here as it was when this shipped (audit/personFields.ts is
//   the live one).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

const CHANGED = { changed: true };

const PERSON_FIELDS: Record<string, readonly string[]> = {
  company: ['notes'],
  visit: ['purpose', 'business', 'environment', 'wages', 'lodging', 'notes', 'followUps'],
  followUp: ['what'],
  staff: ['name', 'phone'],
  trip: ['purpose', 'notes'],
  tripMember: ['name', 'phone', 'organisation'],
  tripParticipant: ['overrideReason'],
  itineraryItem: ['title', 'place', 'localContact', 'localContactPhone', 'notes', 'travel'],
  eventOutcome: ['notes'],
  vetting: ['answers.*#note', 'override#reason'],
  vettingAction: ['what'],
  vettingPhoto: ['caption'],
  position: ['notes'],
  agreement: ['parties', 'notes'],
  agreementDocument: ['fileName'],
  placementBatch: ['notes'],
  checkIn: ['notes'],
};

/** Where each audited entity's records live (participants are audited under their trip, outcomes under their item). */
const TABLES: Record<string, readonly string[]> = {
  company: ['companies'], visit: ['visits'], followUp: ['follow_ups'], staff: ['staff'], trip: ['trips'], tripMember: ['trip_members'],
  tripParticipant: ['trips'], itineraryItem: ['itinerary_items'], eventOutcome: ['itinerary_items'], vetting: ['vettings'],
  vettingAction: ['vetting_actions'], vettingPhoto: ['vetting_photos'], vettingTemplate: ['vetting_templates'], position: ['positions'],
  jobType: ['job_types'], town: ['lookups'], industry: ['lookups'], region: ['prefectures', 'counties'], agreement: ['agreements'],
  agreementDocument: ['agreement_documents'], placementBatch: ['placement_batches'], checkIn: ['retention_checkins'],
};

/** Whole value (true), one property of it (its name), or not a person field (false). */
function personPart(entity: string, field: string): boolean | string {
  for (const rule of PERSON_FIELDS[entity] ?? []) {
    const [pattern, part] = rule.split('#') as [string, string | undefined];
    if (pattern.endsWith('.*') ? field.startsWith(pattern.slice(0, -1)) : pattern === field) return part ?? true;
  }
  return false;
}
const mark = (v: unknown) => (v === null || v === undefined ? null : CHANGED);
function markPart(v: unknown, part: boolean | string): unknown {
  if (part === false) return v;
  if (part === true || typeof v !== 'object' || v === null) return mark(v);
  const o = v as Record<string, unknown>;
  return part in o ? { ...o, [part]: mark(o[part]) } : o;
}

function rewriteAudit(db: Database.Database): void {
  const exists = new Map<string, Database.Statement>();
  const stillThere = (entity: string, id: string): boolean => {
    const tables = TABLES[entity];
    if (!tables) return true; // settings and the like: not records that are purged
    return tables.some((t) => {
      let s = exists.get(t);
      if (!s) exists.set(t, (s = db.prepare(`SELECT 1 FROM ${t} WHERE id = ?`)));
      return s.get(id) !== undefined;
    });
  };
  const page = db.prepare(`SELECT id, entity, entity_id, changes FROM audit WHERE id > ? AND changes <> '{}' ORDER BY id LIMIT 2000`);
  const update = db.prepare('UPDATE audit SET changes = ? WHERE id = ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after) as { id: number; entity: string; entity_id: string; changes: string }[];
    if (rows.length === 0) break;
    for (const r of rows) {
      after = r.id;
      const changes = JSON.parse(r.changes) as Record<string, [unknown, unknown]>;
      const gone = !stillThere(r.entity, r.entity_id);
      const kept: Record<string, [unknown, unknown]> = {};
      for (const [field, pair] of Object.entries(changes)) {
        const [before, afterValue] = Array.isArray(pair) ? pair : [pair, null];
        const part = gone || personPart(r.entity, field);
        kept[field] = [markPart(before, part), markPart(afterValue, part)];
      }
      const text = JSON.stringify(kept);
      if (text !== r.changes) update.run(text, r.id);
    }
  }
}

const migration: Migration = {
  version: 11,
  name: 'secure-delete for every search index, merged indexes, person values out of the audit trail, the file written again',
  // secure_delete for this connection too (db/open.ts sets it on every writing one): the pages
  // the merge and the zeros free are overwritten.
  sql: `
PRAGMA secure_delete = ON;
INSERT INTO company_search_tri (company_search_tri, rank) VALUES ('secure-delete', 1);
INSERT INTO company_search_bi (company_search_bi, rank) VALUES ('secure-delete', 1);
INSERT INTO visit_search_tri (visit_search_tri, rank) VALUES ('secure-delete', 1);
INSERT INTO visit_search_bi (visit_search_bi, rank) VALUES ('secure-delete', 1);
INSERT INTO company_search_tri (company_search_tri) VALUES ('optimize');
INSERT INTO company_search_bi (company_search_bi) VALUES ('optimize');
INSERT INTO visit_search_tri (visit_search_tri) VALUES ('optimize');
INSERT INTO visit_search_bi (visit_search_bi) VALUES ('optimize');
`,
  data: rewriteAudit,
  vacuumAfter: true,
};

export default migration;
