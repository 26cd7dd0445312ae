// What a phone field accepts: one mainland number someone can dial, as people write it.
// - mobile: 13812345678, 138 1234 5678, 138-1234-5678, +86 138…, 0086138…;
// - landline with its area code and an optional extension: 0887-8412345, 021-59991234-801,
//   (021)59991234, （021）5999 1234, 021 5999 1234转801, +86 21 59991234;
// - service numbers 400/800-xxx-xxxx, which companies give as their contact line.
// A landline without area code is refused: the delegation calls from another province.

const COUNTRY = String.raw`(?:(?:\+|00)86[ -]?)`;
const MOBILE = String.raw`1[3-9]\d[ -]?\d{4}[ -]?\d{4}`;
const AREA = String.raw`(?:0\d{2,3}|\(0\d{2,3}\)|（0\d{2,3}）)`;
const AREA_INTL = String.raw`(?:[1-9]\d{1,2}|\([1-9]\d{1,2}\))`;
const LOCAL = String.raw`[2-9]\d{2,3}[ -]?\d{4}`;
const EXTENSION = String.raw`(?:(?:-|转| ?(?:ext\.?|x) ?)\d{1,6})?`;
const SERVICE = String.raw`[48]00[ -]?\d{3}[ -]?\d{4}`;

const PHONE = new RegExp(
  `^(?:${COUNTRY}?${MOBILE}|${AREA}[ -]?${LOCAL}${EXTENSION}|${COUNTRY}${AREA_INTL}[ -]?${LOCAL}${EXTENSION}|${SERVICE})$`,
  'i',
);

/** True when `s` (trimmed) is one phone number in a format above. */
export const isPhoneNumber = (s: string): boolean => PHONE.test(s.trim());
