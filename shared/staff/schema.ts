import { z } from 'zod';
import { LIMITS, id, optionalPhone, optionalText, requiredName, timestamps } from '../validation';

export const staffInput = z.object({
  name: requiredName(LIMITS.name),
  title: optionalText(LIMITS.shortText),
  phone: optionalPhone,
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
