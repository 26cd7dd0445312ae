// The one list of the fields that can hold people's data (names, phones, notes, free-text
// observations), per audited entity. The audit trail records that such a field changed, never
// its value: the trail is kept for years and has no delete of its own, while the records
// themselves can be corrected, purged or "removed everywhere". Migration 11 applied the same
// rule to rows written before (with its own frozen copy of this list).
// A field named `prefix.*` covers every field that begins with `prefix.` (vetting answers);
// `field#part` means only that property of the field's value (an answer's note, not its value).
export const PERSON_FIELDS: Readonly<Record<string, readonly string[]>> = {
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

/** Whether `field` of `entity` holds people's data: the whole value (true), one property of it (its name), or not (false). */
export function personPart(entity: string, field: string): boolean | string {
  for (const rule of PERSON_FIELDS[entity] ?? []) {
    const [pattern, part] = rule.split('#') as [string, string | undefined];
    if (pattern.endsWith('.*') ? field.startsWith(pattern.slice(0, -1)) : pattern === field) return part ?? true;
  }
  return false;
}
