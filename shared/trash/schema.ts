import { z } from 'zod';
import { id } from '../validation';

export const TRASH_KINDS = ['company', 'visit', 'agreement', 'placementBatch'] as const;
export const trashKind = z.enum(TRASH_KINDS);
export type TrashKind = z.infer<typeof trashKind>;

export const trashItem = z.object({ kind: trashKind, id, title: z.string(), detail: z.string().nullable(), deletedAt: z.string() });
export type TrashItem = z.infer<typeof trashItem>;

export const trashRef = z.object({ kind: trashKind, id });
