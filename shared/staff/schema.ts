import { z } from 'zod';
import { LIMITS, id, optionalText, requiredText, timestamps } from '../validation';

export const staffInput = z.object({
  name: requiredText(LIMITS.name),
  title: optionalText(LIMITS.shortText),
  phone: optionalText(LIMITS.phone),
});
export type StaffInput = z.input<typeof staffInput>;

export const staffMember = z.object({
  id,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  ...timestamps,
});
export type StaffMember = z.infer<typeof staffMember>;

export const staffUpdateInput = staffInput.extend({ id });
export const staffListInput = z.object({ includeInactive: z.boolean().default(false) });
