// When a signed-off vetting stops being valid: the sign-off day plus the validity
// setting in months (a vetting signed on 31 August with 6 months expires on the last
// day of February). From that day on, re-vetting is due. The sign-off day is the local one.
import { localDay } from '../dates';

/** `date` (YYYY-MM-DD) plus `months` calendar months, kept within the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // setUTCFullYear takes the year as given (Date.UTC would turn years 0–99 into 1900–1999).
  const lastDay = new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The day a vetting signed off at `signedOffAt` (ISO timestamp or date) expires. */
export const vettingExpiresOn = (signedOffAt: string, validityMonths: number) => addMonths(localDay(signedOffAt), validityMonths);

/** Re-vetting is due on and after the expiry day. */
export const revettingDue = (expiresOn: string, today: string) => expiresOn <= today;
