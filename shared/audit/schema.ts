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
