// Personal numbers in free text. The workspace holds what the liaison work needs about
// people, not their identity documents: a resident ID number (居民身份证号码) or a mobile
// number written into a note is flagged at the field so the user thinks twice (notes
// still save), and a name field that holds an ID number is refused.

/** GB 11643-1999: weights of the first 17 digits (2^(17-i) mod 11), check by ISO 7064 MOD 11-2. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** True when `s` is 18 characters, 17 digits and a check character (0-9 or X) that matches. */
export function isResidentId(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === s[17]!.toUpperCase();
}

// Digits next to the candidate would make it part of a longer number (a bank account).
const ID_CANDIDATE = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;
// 1[3-9] and nine more digits, optionally written 3-4-4 with spaces or hyphens.
const MOBILE_CANDIDATE = /(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/;

export const containsResidentId = (text: string): boolean => (text.match(ID_CANDIDATE) ?? []).some(isResidentId);
export const containsMobile = (text: string): boolean => MOBILE_CANDIDATE.test(text);

export type PersonalNumberWarning = 'noteHasIdNumber' | 'noteHasMobile';

/** The warnings to show under a notes field (message keys), in a fixed order. */
export function personalNumberWarnings(text: string | null | undefined): PersonalNumberWarning[] {
  if (!text) return [];
  const warnings: PersonalNumberWarning[] = [];
  if (containsResidentId(text)) warnings.push('noteHasIdNumber');
  if (containsMobile(text)) warnings.push('noteHasMobile');
  return warnings;
}
