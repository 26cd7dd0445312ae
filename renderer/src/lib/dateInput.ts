// What the date and date-time pickers (components/DateInput.tsx) store, show and accept.
// The forms keep the strings the contract has always had: a date as YYYY-MM-DD, an itinerary
// time as YYYY-MM-DDTHH:mm (shared/trips/schema.ts localDateTime). Only the field shows them
// the way the user writes them.
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_RANGE } from '../../../shared/validation';

export type DateKind = 'date' | 'dateTime';

/** The stored form of each kind. */
const STORED: Record<DateKind, string> = { date: 'YYYY-MM-DD', dateTime: 'YYYY-MM-DDTHH:mm' };

/**
 * How the field shows a value. Chinese as reports write it (2018年09月17日), 24-hour times.
 * English takes ISO 8601 rather than MUI's en-US MM/DD/YYYY: one order of typing in both
 * languages (year first, as the bureau's papers write it), and no 09/10 ambiguity.
 */
export function displayFormat(kind: DateKind, language: string): string {
  const date = language.startsWith('en') ? 'YYYY-MM-DD' : 'YYYY年MM月DD日';
  return kind === 'date' ? date : `${date} HH:mm`;
}

/** The calendar's heading: 2018年9月 as Chinese writes it, not dayjs's 九月 2018; September 2018. */
export const calendarHeading = (language: string) => (language.startsWith('en') ? 'MMMM YYYY' : 'YYYY年M月');

/**
 * What a field holds while the user is still typing it (2018年09月__日): not a date, so the
 * schema refuses it with its own "enter a valid date" at the field, instead of the form
 * quietly saving no date at all.
 */
export const INCOMPLETE = 'incomplete';

/** The workspace's years (shared/validation.ts DATE_RANGE): the calendar offers only these. */
export const MIN_DATE = dayjs(DATE_RANGE.min);
export const MAX_DATE = dayjs(DATE_RANGE.max);

/**
 * The moment of these parts, or null when there is none (2018-02-30). Built with setters, not
 * parsed: Date and dayjs's parsers read a year below 100 as 19xx, and a year still being typed
 * (0002, 0020) must come back as itself so the field keeps what the user typed.
 */
function moment(year: number, month: number, day: number, hours = 0, minutes = 0): Dayjs | null {
  const d = dayjs(new Date(2000, 0, 1)).year(year).month(month - 1).date(day).hour(hours).minute(minutes);
  const same = d.year() === year && d.month() === month - 1 && d.date() === day && d.hour() === hours && d.minute() === minutes;
  return same ? d : null;
}

const STORED_PATTERN: Record<DateKind, RegExp> = { date: /^(\d{4})-(\d{2})-(\d{2})$/, dateTime: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/ };

/** A stored string as the picker's value: '' is empty; anything unreadable is an unfinished date. */
export function toPickerValue(stored: string, kind: DateKind): Dayjs | null {
  if (stored === '') return null;
  const m = STORED_PATTERN[kind].exec(stored);
  return (m && moment(...(m.slice(1).map(Number) as [number, number, number]))) ?? dayjs(Number.NaN);
}

/** The picker's value as the string the form stores. */
export function fromPickerValue(value: Dayjs | null, kind: DateKind): string {
  if (value === null) return '';
  return value.isValid() ? value.format(STORED[kind]) : INCOMPLETE;
}

// Whole dates as people paste them from a document or a spreadsheet: 2018-09-17, 20180917,
// 2018/9/17, 2018.09.17, 2018年9月17日, each with a time after it or not.
const WRITTEN = /^(\d{4})(?:[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?|(\d{2})(\d{2}))(?:(?:\s+|T)(\d{1,2})[:：时](\d{2})分?)?$/;

/** A whole pasted date (and time) as the stored string of `kind`, or null when it is not one. */
export function parseWritten(text: string, kind: DateKind): string | null {
  const m = WRITTEN.exec(text.trim());
  if (!m) return null;
  const [, year, month, day, compactMonth, compactDay, hours = '0', minutes = '0'] = m;
  const d = moment(Number(year), Number(month ?? compactMonth), Number(day ?? compactDay), Number(hours), Number(minutes));
  return d ? d.format(STORED[kind]) : null;
}
