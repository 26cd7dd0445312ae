// Calendar days are the user's: the bureau's computers run on Beijing time, and a
// visit or sign-off at 07:00 belongs to that day, not to yesterday's UTC date.

/** The local calendar day (YYYY-MM-DD) of a moment: now, a Date, or an ISO timestamp. */
export function localDay(at: Date | string = new Date()): string {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
