// "Remove this person everywhere": a staff member, a company contact or a delegation member,
// found by name and phone in every record that holds them, listed, then cleared on confirmation.
import { z } from 'zod';
import { id } from '../validation';

export const PERSON_KINDS = ['staff', 'contact', 'tripMember'] as const;
export const personRef = z.object({ kind: z.enum(PERSON_KINDS), id }).strict();
export type PersonRef = z.infer<typeof personRef>;

/** What a place is: a record that is the person, a record naming them, a text mentioning them, audit rows. */
export const PLACE_KINDS = ['staff', 'contact', 'tripMember', 'itineraryContact', 'visitStaff', 'signOff', 'text', 'audit'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const personPlace = z.object({
  kind: z.enum(PLACE_KINDS),
  /** The record, as the user knows it: a company's name, a trip's title, a visit's company and date. */
  label: z.string(),
  /** For a text: which field (its key in the UI's audit.field / people.field messages). */
  field: z.string().nullable(),
  /** How many rows (visits a staff member went on, audit rows). */
  count: z.number().int().min(1),
});
export type PersonPlace = z.infer<typeof personPlace>;

export const personFindings = z.object({ name: z.string(), phone: z.string().nullable(), places: z.array(personPlace) });
export type PersonFindings = z.infer<typeof personFindings>;

export const personRemoved = z.object({ places: z.number().int() });

/**
 * What replaces the person's name in records that stay (a delegation, an itinerary, notes).
 * Stored in the workspace's language; the English UI shows it as "Deleted person".
 */
export const DELETED_PERSON = '已删除人员';
