import { z } from 'zod';
import { id } from '../validation';

/**
 * Every kind of record the user deletes: each waits in the trash, restorable, until purged.
 * Staff are not here: one who leaves is deactivated on the staff list (old visits name them)
 * and removed for good from there. Lists (towns, industries, job types, regions) are not
 * either: their entries hold no one's data and stay referenced by the records that used them.
 */
export const TRASH_KINDS = ['company', 'visit', 'trip', 'position', 'agreement', 'placementBatch'] as const;
export const trashKind = z.enum(TRASH_KINDS);
export type TrashKind = z.infer<typeof trashKind>;

export const trashItem = z.object({ kind: trashKind, id, title: z.string(), detail: z.string().nullable(), deletedAt: z.string() });
export type TrashItem = z.infer<typeof trashItem>;

export const trashRef = z.object({ kind: trashKind, id });
