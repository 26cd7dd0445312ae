import { z } from 'zod';
import { id } from '../validation';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'purge'] as const;

export const auditEntry = z.object({
  /** Random (UUID v7): audit rows from several computers merge (team sync). */
  id: z.string(),
  at: z.string(),
  staffId: id.nullable(),
  staffName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** Field → [before, after]; for create/delete the fields that matter. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditListInput = z.object({ entityId: z.string().max(64).nullish(), limit: z.number().int().min(1).max(500).default(100) });

/**
 * What the audit trail keeps of a person field (names, phones, notes, free-text observations)
 * instead of its value: that it changed. Also what every field of a purged record's rows
 * becomes. An object, so no text a user typed can look like it.
 */
export const CHANGED = { changed: true } as const;
export const isChanged = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as { changed?: unknown }).changed === true;

/**
 * A company's change history as its page shows it: the company's own entries and those of its
 * visits and vettings (a vetting's start and sign-off, not each answer), newest first.
 */
export const companyHistoryInput = z.object({ companyId: id, limit: z.number().int().min(1).max(500).default(100) });
export const HISTORY_SUBJECTS = ['company', 'visit', 'vetting'] as const;
export const companyHistoryEntry = auditEntry.extend({
  /** What the entry is about: the company itself, one of its visits or one of its vettings. */
  subject: z.enum(HISTORY_SUBJECTS),
  /** The visit's date, or the vetting's as its list shows it (signed off on, else done on), to name it; null for the company. */
  subjectDate: z.string().nullable(),
  /** The visit or vetting can be opened (not deleted; vettings are never deleted). */
  subjectOpen: z.boolean(),
});
export type CompanyHistoryEntry = z.infer<typeof companyHistoryEntry>;
export const companyHistory = z.object({
  entries: z.array(companyHistoryEntry),
  /** Names of the towns and industries the entries' values refer to by id, removed ones too. */
  names: z.record(z.string(), z.string()),
});
export type CompanyHistory = z.infer<typeof companyHistory>;
