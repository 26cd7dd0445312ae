// The one list of the fields that can hold people's data (names, phones, notes, free-text
// observations), per audited entity. The audit trail records that such a field changed, never
// its value: the trail is kept for years and has no delete of its own, while the records
// themselves can be corrected, purged or "removed everywhere". Migration 10 applied the same
// rule to rows written before (with its own frozen copy of this list).
// A field named `prefix.*` covers every field that begins with `prefix.` (vetting answers).
export const PERSON_FIELDS: Readonly<Record<string, readonly string[]>> = {
  company: ['notes', 'contacts'],
  visit: ['purpose', 'business', 'environment', 'wages', 'lodging', 'notes', 'followUps'],
  followUp: ['what'],
  staff: ['name', 'title', 'phone'],
  trip: ['purpose', 'notes'],
  tripMember: ['name', 'phone', 'organisation'],
  tripParticipant: ['overrideReason'],
  itineraryItem: ['title', 'place', 'localContact', 'localContactPhone', 'notes', 'travel'],
  eventOutcome: ['notes'],
  vetting: ['answers.*', 'override'],
  vettingAction: ['what'],
  vettingPhoto: ['caption'],
  position: ['notes'],
  agreement: ['parties', 'notes'],
  agreementDocument: ['fileName'],
  placementBatch: ['notes'],
  checkIn: ['notes'],
};

export function isPersonField(entity: string, field: string): boolean {
  return (PERSON_FIELDS[entity] ?? []).some((f) => (f.endsWith('.*') ? field.startsWith(f.slice(0, -1)) : f === field));
}
