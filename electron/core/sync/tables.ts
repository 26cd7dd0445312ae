// The one list of tables team sync carries between computers (design: issue 13). Everything
// else is local: settings, export_log, the search tables and indexes, the counts kept by
// triggers (visit_counts, open_follow_up_counts, company_tag_counts), vetting photo thumbs
// (derived) and the sync_* tables themselves.
//
// The capture triggers are made by a migration from a copy of this list frozen in that
// migration (013-team-sync.ts); tables.test.ts checks that the triggers of a new workspace cover
// exactly these tables and columns. A migration that adds a column to a synced table must also
// replace that table's triggers, and the column goes here.
//
// The order is parents first: the baseline a team's creator sends is queued in this order, so
// every row arrives after the rows it refers to.

export interface SyncedTable {
  name: string;
  pk: readonly string[];
  /** Captured columns (BLOB columns included, they travel as { $blob: base64 }). */
  columns: readonly string[];
  blobs: readonly string[];
  /** Has `deleted_at` (soft delete): every update change carries it, so an edit meets a delete. */
  soft: boolean;
  /** The entity kind shown on cards (i18n sync.entity.<entity>, sync.field.<entity>.<column>). */
  entity: string;
}

/** table, entity, primary key, captured columns, BLOB columns. */
const LIST: readonly [string, string, readonly string[], string, string?][] = [
  ['staff', 'staff', ['id'], 'id name title phone created_at updated_at deleted_at'],
  ['lookups', 'lookup', ['id'], 'id kind name sort_order created_at updated_at deleted_at'],
  ['job_types', 'jobType', ['id'], 'id name sort_order created_at updated_at deleted_at'],
  ['prefectures', 'prefecture', ['id'], 'id name sort_order created_at updated_at deleted_at'],
  ['counties', 'county', ['id'], 'id prefecture_id name sort_order created_at updated_at deleted_at'],
  ['vetting_templates', 'vettingTemplate', ['id'], 'id name created_at updated_at deleted_at'],
  ['vetting_template_versions', 'vettingTemplateVersion', ['id'], 'id template_id version content created_by created_at updated_at'],
  ['companies', 'company', ['id'], 'id name name_key name_core name_sort credit_code town_id industry_id headcount address tags status notes created_at updated_at deleted_at'],
  ['contacts', 'contact', ['id'], 'id company_id name role phone note sort_order created_at updated_at'],
  ['visits', 'visit', ['id'], 'id company_id visit_date purpose business environment wages lodging pay_min pay_max dorm_provided people_per_room meals_provided notes created_by created_at updated_at deleted_at'],
  ['visit_staff', 'visitStaff', ['visit_id', 'staff_id'], 'visit_id staff_id'],
  ['follow_ups', 'followUp', ['id'], 'id visit_id what who_staff_id due_date done_at sort_order created_at updated_at'],
  ['vettings', 'vetting', ['id'], 'id company_id visit_id template_version_id template suggestions context override_verdict override_reason verdict score signed_off_at signed_off_by amends_id amended_by started_by created_at updated_at vetted_on signed_off_on'],
  ['vetting_answers', 'vettingAnswer', ['vetting_id', 'item_key'], 'vetting_id item_key value note answered_at answered_by'],
  ['vetting_photos', 'vettingPhoto', ['id'], 'id vetting_id item_key mime width height bytes caption created_by created_at', 'data'],
  ['vetting_actions', 'vettingAction', ['id'], 'id vetting_id item_key what who_staff_id due_date done_at created_at updated_at'],
  ['positions', 'position', ['id'], 'id company_id job_type_id title headcount pay_min pay_max hours_per_day days_per_week shifts hours_note age_min age_max education skills certificates room_included board_included suitable_for_rural valid_from valid_to notes created_at updated_at deleted_at'],
  ['trips', 'trip', ['id'], 'id title prefecture_id start_date end_date purpose status notes copied_from created_at updated_at deleted_at'],
  ['trip_counties', 'tripCounty', ['trip_id', 'county_id'], 'trip_id county_id sort_order'],
  ['trip_members', 'tripMember', ['id'], 'id trip_id name role organisation phone contact_id staff_id sort_order created_at updated_at'],
  ['trip_companies', 'tripCompany', ['trip_id', 'company_id'], 'trip_id company_id verdict override_reason sort_order created_at updated_at'],
  ['trip_positions', 'tripPosition', ['trip_id', 'position_id'], 'trip_id company_id position_id sort_order'],
  ['itinerary_items', 'itineraryItem', ['id'], 'id trip_id kind title starts_at ends_at place county_id local_contact local_contact_phone track travel notes created_at updated_at'],
  ['itinerary_item_members', 'itineraryItemMember', ['item_id', 'member_id'], 'item_id member_id'],
  ['itinerary_item_companies', 'itineraryItemCompany', ['item_id', 'company_id'], 'item_id trip_id company_id'],
  ['event_outcomes', 'eventOutcome', ['item_id'], 'item_id positions_offered positions_offered_about job_seekers job_seekers_about resumes resumes_about intentions intentions_about intentions_poor intentions_poor_about hired hired_about trainees trainees_about training_hours notes created_at updated_at'],
  ['event_outcome_companies', 'eventOutcomeCompany', ['item_id', 'company_id'], 'item_id company_id resumes resumes_about intentions intentions_about intentions_poor intentions_poor_about sort_order'],
  ['agreements', 'agreement', ['id'], 'id type title parties copies signed_on prefecture_id trip_id item_id notes created_at updated_at deleted_at'],
  ['agreement_targets', 'agreementTarget', ['id'], 'id agreement_id description metric target due_date achieved sort_order created_at updated_at'],
  ['agreement_documents', 'agreementDocument', ['id'], 'id agreement_id file_name mime bytes created_at', 'data'],
  ['placement_batches', 'placementBatch', ['id'], 'id arrived_on workers poor prefecture_id county_id trip_id notes created_at updated_at deleted_at'],
  ['placement_employers', 'placementEmployer', ['batch_id', 'company_id'], 'batch_id company_id workers sort_order'],
  ['retention_checkins', 'checkIn', ['id'], 'id checked_on still_working poor prefecture_id batch_id notes created_at updated_at deleted_at'],
  ['audit', 'audit', ['id'], 'id at staff_id entity entity_id action changes computer_id'],
];

export const SYNCED_TABLES: readonly SyncedTable[] = LIST.map(([name, entity, pk, cols, blobs]) => {
  const blobList = blobs ? blobs.split(' ') : [];
  const columns = [...cols.split(' '), ...blobList];
  return { name, entity, pk, columns, blobs: blobList, soft: columns.includes('deleted_at') };
});

const BY_NAME = new Map(SYNCED_TABLES.map((t) => [t.name, t]));

/** The synced table of that name, or undefined for a table sync does not carry. */
export const syncedTable = (name: string): SyncedTable | undefined => BY_NAME.get(name);

/**
 * Columns whose concurrent changes never make a card: the time of the last edit (or answer)
 * merges to the latest, the creation time to the earliest (two computers that made one link row).
 */
export const MERGED_BY_TIME: Readonly<Record<string, 'max' | 'min'>> = { updated_at: 'max', answered_at: 'max', created_at: 'min' };

/** A company's statuses the app moves through by itself as work is logged (shared/companies/status.ts). */
const PROGRESS_STATUSES: readonly string[] = ['candidate', 'visited', 'vetting'];
const STATUS_ORDER: readonly string[] = ['candidate', 'visited', 'vetting', 'approved', 'conditional', 'rejected', 'suspended'];

/**
 * The value of a field changed on several computers when it has one right answer without a
 * person; undefined when a person must choose. A company's status moves by itself as visits and
 * vettings are logged, so 王芳's visit (候选 → 已走访) and 李强's signed-off vetting (→ 审核通过)
 * on two laptops are not a disagreement: the further step wins. Two decisions (two verdicts, a
 * suspension) still wait for a person.
 */
export function decidedWithoutPerson(tbl: string, col: string, values: readonly unknown[]): unknown {
  if (tbl !== 'companies' || col !== 'status') return undefined;
  const distinct = [...new Set(values.map(String))];
  if (distinct.filter((v) => !PROGRESS_STATUSES.includes(v)).length > 1) return undefined;
  return distinct.reduce((a, b) => (STATUS_ORDER.indexOf(b) > STATUS_ORDER.indexOf(a) ? b : a));
}

/**
 * Tables of facts that are only ever added (the audit trail): never a card. The one rewrite of
 * such a row is a purge forgetting its values (audit/audit.ts forgetAuditValues), and two copies
 * of a row merge to the one that forgot the most (apply.ts mergeForgotten).
 */
export const APPEND_ONLY: ReadonlySet<string> = new Set(['audit']);

/**
 * Tables whose rows must be unique by a name (or code) among those not deleted. When a
 * colleague's row breaks that here, it is kept aside (deleted here, noted in sync_parked) and a
 * duplicate card asks which one to keep.
 */
export const UNIQUE_BY_NAME: Readonly<Record<string, readonly (readonly string[])[]>> = {
  companies: [['credit_code'], ['name_key']],
  lookups: [['kind', 'name']],
  job_types: [['name']],
  prefectures: [['name']],
  counties: [['prefecture_id', 'name']],
};

/** The column that names a record for a person (cards' titles), by table. */
export const TITLE_COLUMN: Readonly<Record<string, string>> = {
  staff: 'name', lookups: 'name', job_types: 'name', prefectures: 'name', counties: 'name', vetting_templates: 'name',
  companies: 'name', contacts: 'name', positions: 'title', trips: 'title', trip_members: 'name', itinerary_items: 'title',
  agreements: 'title', agreement_targets: 'description', agreement_documents: 'file_name', follow_ups: 'what', vetting_actions: 'what',
  visits: 'visit_date', placement_batches: 'arrived_on', retention_checkins: 'checked_on', audit: 'entity',
};

/** INTEGER columns that hold yes/no (shown 是/否 on cards). */
export const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set([
  'dorm_provided', 'meals_provided', 'room_included', 'board_included', 'suitable_for_rural', 'still_working',
  'positions_offered_about', 'job_seekers_about', 'resumes_about', 'intentions_about', 'intentions_poor_about', 'hired_about', 'trainees_about',
]);

/**
 * Rows of which only one may be open at a time per key (a company's draft vetting). A colleague's
 * row that meets an open one here waits (sync_parked), and a duplicate card asks which to keep.
 */
export const ONE_OPEN_PER: Readonly<Record<string, { key: readonly string[]; open: string }>> = {
  vettings: { key: ['company_id'], open: 'signed_off_at IS NULL' },
};
