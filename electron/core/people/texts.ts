// Every free-text column where a person's name or phone may have been typed, with how its
// record is named in the list of places, and which search entry holds it.
export interface TextColumn {
  /** The table and its alias in `from`. */
  table: string;
  alias: string;
  column: string;
  /** The field's key in the UI's messages. */
  field: string;
  /** The table joined to what names the record. */
  from: string;
  label: string;
  /** The company or visit whose search entry holds this text (rebuilt after a change). */
  reindex?: { kind: 'company' | 'visit'; id: string };
}

const VISIT_FROM = 'visits v JOIN companies c ON c.id = v.company_id';
const VISIT_LABEL = "c.name || ' · ' || v.visit_date";
const ITEM_FROM = 'itinerary_items i JOIN trips t ON t.id = i.trip_id';
const ITEM_LABEL = "t.title || ' · ' || replace(i.starts_at, 'T', ' ')";
const VETTING_LABEL = 'c.name';

const visit = (column: string, field: string): TextColumn => ({
  table: 'visits', alias: 'v', column, field, from: VISIT_FROM, label: VISIT_LABEL, reindex: { kind: 'visit', id: 'v.id' },
});

export const TEXT_COLUMNS: readonly TextColumn[] = [
  { table: 'companies', alias: 'c', column: 'notes', field: 'notes', from: 'companies c', label: 'c.name', reindex: { kind: 'company', id: 'c.id' } },
  { table: 'contacts', alias: 'k', column: 'note', field: 'contactNote', from: 'contacts k JOIN companies c ON c.id = k.company_id', label: 'c.name', reindex: { kind: 'company', id: 'c.id' } },
  visit('purpose', 'purpose'),
  visit('business', 'business'),
  visit('environment', 'environment'),
  visit('wages', 'wages'),
  visit('lodging', 'lodging'),
  visit('notes', 'notes'),
  { table: 'follow_ups', alias: 'f', column: 'what', field: 'followUps', from: 'follow_ups f JOIN visits v ON v.id = f.visit_id JOIN companies c ON c.id = v.company_id', label: VISIT_LABEL, reindex: { kind: 'visit', id: 'v.id' } },
  { table: 'trips', alias: 't', column: 'purpose', field: 'purpose', from: 'trips t', label: 't.title' },
  { table: 'trips', alias: 't', column: 'notes', field: 'notes', from: 'trips t', label: 't.title' },
  { table: 'trip_companies', alias: 'tc', column: 'override_reason', field: 'overrideReason', from: 'trip_companies tc JOIN trips t ON t.id = tc.trip_id', label: 't.title' },
  { table: 'itinerary_items', alias: 'i', column: 'title', field: 'title', from: ITEM_FROM, label: ITEM_LABEL },
  { table: 'itinerary_items', alias: 'i', column: 'place', field: 'place', from: ITEM_FROM, label: ITEM_LABEL },
  { table: 'itinerary_items', alias: 'i', column: 'notes', field: 'notes', from: ITEM_FROM, label: ITEM_LABEL },
  { table: 'event_outcomes', alias: 'o', column: 'notes', field: 'notes', from: 'event_outcomes o JOIN itinerary_items i ON i.id = o.item_id JOIN trips t ON t.id = i.trip_id', label: ITEM_LABEL },
  { table: 'vettings', alias: 'g', column: 'override_reason', field: 'overrideReason', from: 'vettings g JOIN companies c ON c.id = g.company_id', label: VETTING_LABEL },
  { table: 'vetting_answers', alias: 'a', column: 'note', field: 'answerNote', from: 'vetting_answers a JOIN vettings g ON g.id = a.vetting_id JOIN companies c ON c.id = g.company_id', label: VETTING_LABEL },
  { table: 'vetting_actions', alias: 'x', column: 'what', field: 'actions', from: 'vetting_actions x JOIN vettings g ON g.id = x.vetting_id JOIN companies c ON c.id = g.company_id', label: VETTING_LABEL },
  { table: 'vetting_photos', alias: 'p', column: 'caption', field: 'caption', from: 'vetting_photos p JOIN vettings g ON g.id = p.vetting_id JOIN companies c ON c.id = g.company_id', label: VETTING_LABEL },
  { table: 'positions', alias: 'p', column: 'notes', field: 'notes', from: 'positions p JOIN companies c ON c.id = p.company_id', label: "c.name || ' · ' || p.title" },
  { table: 'agreements', alias: 'a', column: 'parties', field: 'parties', from: 'agreements a', label: 'a.title' },
  { table: 'agreements', alias: 'a', column: 'notes', field: 'notes', from: 'agreements a', label: 'a.title' },
  { table: 'agreement_targets', alias: 'tg', column: 'description', field: 'targets', from: 'agreement_targets tg JOIN agreements a ON a.id = tg.agreement_id', label: 'a.title' },
  { table: 'placement_batches', alias: 'b', column: 'notes', field: 'notes', from: 'placement_batches b', label: 'b.arrived_on' },
  { table: 'retention_checkins', alias: 'r', column: 'notes', field: 'notes', from: 'retention_checkins r', label: 'r.checked_on' },
];
