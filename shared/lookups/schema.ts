import { z } from 'zod';
import { LIMITS, id, requiredText } from '../validation';

/** Editable lists the user keeps: towns/sub-districts (街镇) and industries. */
export const LOOKUP_KINDS = ['town', 'industry'] as const;
export const lookupKind = z.enum(LOOKUP_KINDS);
export type LookupKind = z.infer<typeof lookupKind>;

export const lookupItem = z.object({ id, kind: lookupKind, name: z.string(), inUse: z.number() });
export type LookupItem = z.infer<typeof lookupItem>;

export const lookupListInput = z.object({ kind: lookupKind });
export const lookupCreateInput = z.object({ kind: lookupKind, name: requiredText(LIMITS.name) });
export const lookupRenameInput = z.object({ id, name: requiredText(LIMITS.name) });
