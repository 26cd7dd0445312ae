// Date pickers offer only the workspace's years (shared/validation.ts DATE_RANGE), so a
// mistyped 0026 or 20266 shows in the picker as out of range; the schema refuses it anyway.
import { DATE_RANGE } from '../../../shared/validation';

export const DATE_LIMITS = { min: DATE_RANGE.min, max: DATE_RANGE.max };
export const DATE_TIME_LIMITS = { min: `${DATE_RANGE.min}T00:00`, max: `${DATE_RANGE.max}T23:59` };

/** slotProps of a date TextField: the label kept above the field, the years limited. */
export const dateSlots = { inputLabel: { shrink: true }, htmlInput: DATE_LIMITS } as const;
export const dateTimeSlots = { inputLabel: { shrink: true }, htmlInput: DATE_TIME_LIMITS } as const;
