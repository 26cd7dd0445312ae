// Copying a past trip as the start of a new one: every date and time moves by the same
// whole number of days, so the times of day and the day structure (day 1 travel, day 3
// job fairs, …) stay as they were. Calendar arithmetic is done in UTC on the date
// strings, so no time zone or daylight-saving change can move an item by an hour.

const DAY_MS = 86_400_000;

// Date.parse of the ISO form reads the year as written; Date.UTC(y, …) would read 0–99 as 1900–1999.
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * `date` (YYYY-MM-DD) plus `days` (may be negative). The result may leave the workspace's
 * years (validation.ts DATE_RANGE): callers that store it check it with inDateRange.
 */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY_MS);

/** A local date-time 'YYYY-MM-DDTHH:mm' moved by `days`, keeping the time of day. */
export const shiftDateTime = (at: string, days: number): string => `${addDays(at.slice(0, 10), days)}${at.slice(10)}`;

export interface ShiftableItem {
  startsAt: string;
  endsAt: string;
}

/**
 * The trip's dates and items moved so that it starts on `newStartDate`. Items keep
 * every other field (ids included: the caller gives the copies new ones).
 */
export function shiftTrip<I extends ShiftableItem>(
  trip: { startDate: string; endDate: string },
  items: readonly I[],
  newStartDate: string,
): { days: number; startDate: string; endDate: string; items: I[] } {
  const days = daysBetween(trip.startDate, newStartDate);
  return {
    days,
    startDate: newStartDate,
    endDate: addDays(trip.endDate, days),
    items: items.map((i) => ({ ...i, startsAt: shiftDateTime(i.startsAt, days), endsAt: shiftDateTime(i.endsAt, days) })),
  };
}
