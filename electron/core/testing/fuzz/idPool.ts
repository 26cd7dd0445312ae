// The ids the fuzz puts into payloads: real ones from the workspace, by the table a field
// points into (told by the field's name, or for `id` by the channel), and the ids of records
// it deleted and purged itself, so "an id of something gone" is a real one.
import type { Db } from '../../db/open';

/** Table → ids of live rows. */
export type IdPool = Record<string, string[]>;

/** The tables whose ids payloads carry. */
const TABLES = [
  'companies', 'contacts', 'staff', 'lookups', 'visits', 'follow_ups', 'vetting_templates', 'vetting_template_versions', 'vettings',
  'vetting_photos', 'vetting_actions', 'job_types', 'positions', 'prefectures', 'counties', 'trips', 'trip_members', 'itinerary_items',
  'agreements', 'agreement_documents', 'agreement_targets', 'placement_batches', 'retention_checkins',
] as const;

const hasColumn = (db: Db, table: string, column: string) =>
  (db.prepare(`SELECT count(*) AS n FROM pragma_table_info(?) WHERE name = ?`).get(table, column) as { n: number }).n > 0;

/** Up to 50 ids of each table's live rows (soft-deleted ones left out). */
export function collectIds(db: Db): IdPool {
  const pool: IdPool = {};
  // Towns and industries share one table; a town field takes only towns.
  for (const kind of ['town', 'industry']) {
    pool[`lookups:${kind}`] = (db.prepare(`SELECT id FROM lookups WHERE kind = ? AND deleted_at IS NULL LIMIT 50`).all(kind) as { id: string }[]).map((r) => r.id);
  }
  for (const t of TABLES) {
    const live = hasColumn(db, t, 'deleted_at') ? 'WHERE deleted_at IS NULL' : '';
    pool[t] = (db.prepare(`SELECT id FROM ${t} ${live} ORDER BY rowid LIMIT 50`).all() as { id: string }[]).map((r) => r.id);
  }
  return pool;
}

const TABLE_OF_KEY: Record<string, string> = {
  companyId: 'companies', companyIds: 'companies', excludeId: 'companies',
  staffId: 'staff', staffIds: 'staff', whoStaffId: 'staff', currentStaffId: 'staff',
  townId: 'lookups:town', industryId: 'lookups:industry', visitId: 'visits', templateId: 'vetting_templates',
  vettingId: 'vettings', fromId: 'vettings', toId: 'vettings', jobTypeId: 'job_types',
  prefectureId: 'prefectures', countyId: 'counties', countyIds: 'counties', tripId: 'trips', contactId: 'contacts',
  positionIds: 'positions', memberIds: 'trip_members', itemId: 'itinerary_items', agreementId: 'agreements', batchId: 'placement_batches',
};

/** Where an `id` inside a list points, by the list's name. */
const TABLE_OF_LIST: Record<string, string> = { contacts: 'contacts', followUps: 'follow_ups', targets: 'agreement_targets', members: 'trip_members' };

/** Where the top-level `id` of a channel points; the first prefix that matches wins. */
const TABLE_OF_CHANNEL: [string, string][] = [
  ['vettings.photo', 'vetting_photos'], ['vettings.removePhoto', 'vetting_photos'], ['vettings.', 'vettings'],
  ['trips.updateMember', 'trip_members'], ['trips.removeMember', 'trip_members'], ['trips.', 'trips'],
  ['agreements.document', 'agreement_documents'], ['agreements.saveDocument', 'agreement_documents'], ['agreements.removeDocument', 'agreement_documents'], ['agreements.', 'agreements'],
  ['placements.updateCheckIn', 'retention_checkins'], ['placements.deleteCheckIn', 'retention_checkins'], ['placements.', 'placement_batches'],
  ['staff.', 'staff'], ['lookups.', 'lookups'], ['companies.', 'companies'], ['visits.', 'visits'], ['followUps.', 'follow_ups'],
  ['templates.', 'vetting_templates'], ['actions.', 'vetting_actions'], ['jobTypes.', 'job_types'], ['positions.', 'positions'],
  ['regions.', 'prefectures'], ['itinerary.', 'itinerary_items'], ['trash.', 'companies'],
];

/** The table an id field points into, or null when the fuzz cannot tell (a job's id). */
export function tableFor(channel: string, path: readonly (string | number)[]): string | null {
  const key = path.at(-1);
  if (typeof key === 'number') return tableFor(channel, path.slice(0, -1));
  if (key && key !== 'id') return TABLE_OF_KEY[key] ?? null;
  const list = [...path].reverse().find((p): p is string => typeof p === 'string' && p !== 'id');
  if (list && TABLE_OF_LIST[list]) return TABLE_OF_LIST[list];
  return TABLE_OF_CHANNEL.find(([prefix]) => channel.startsWith(prefix))?.[1] ?? null;
}

/**
 * Whether ids of table `b` may stand where ids of `a` are asked for: towns and industries are both
 * lookups (the lookups channels take either), prefectures and counties both regions.
 */
export function sameKind(a: string | null, b: string): boolean {
  const family = (t: string) => (t === 'counties' ? 'prefectures' : t.split(':')[0]);
  return a !== null && family(a) === family(b);
}
