// The itinerary as an iCalendar file (RFC 5545) that phones and Outlook import: one
// VEVENT per item, in Beijing time with its VTIMEZONE spelled out (UTC+8, no daylight
// saving since 1991), UIDs stable per item so a second import updates rather than
// duplicates, TEXT values escaped, lines folded at 75 octets without cutting a UTF-8
// character in two, CRLF line ends.
import { safeFileName } from '../../../shared/fileNames';
import type { Trip } from '../../../shared/trips/contract';
import { type ReportLang, WORDS, inTimeOrder, itemFacts } from './labels';

export const ICS_TZID = 'Asia/Shanghai';
const CRLF = '\r\n';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets (the leading space of a
 * continuation counts), breaking only between characters: a Chinese character is three
 * octets in UTF-8 and is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** 'YYYY-MM-DDTHH:mm' → 'YYYYMMDDTHHmm00' (local time of the TZID). */
const localStamp = (s: string) => `${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)}T${s.slice(11, 13)}${s.slice(14, 16)}00`;
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A file name for the export: the trip's title and first day. */
export const icsFileName = (trip: Pick<Trip, 'title' | 'startDate'>) => safeFileName(`${trip.title}-${trip.startDate}`, 'ics');

export function itineraryIcs(trip: Trip, options: { now?: Date; lang?: ReportLang } = {}): string {
  const lang = options.lang ?? 'zh';
  const w = WORDS[lang];
  const dtstamp = utcStamp(options.now ?? new Date());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//liaison-desk//itinerary//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(trip.title)}`,
    `X-WR-TIMEZONE:${ICS_TZID}`,
    ...VTIMEZONE,
  ];
  for (const item of inTimeOrder(trip.items)) {
    const f = itemFacts(trip, item, lang);
    const sep = lang === 'zh' ? '：' : ': ';
    const summary = item.title ? `${f.kind}${sep}${item.title}` : f.title === f.kind ? f.kind : `${f.kind}${sep}${f.title}`;
    const location = [item.place, item.countyName && !(item.place ?? '').includes(item.countyName) ? item.countyName : null].filter(Boolean).join(', ');
    const description = [
      f.travel && item.title ? f.travel : null,
      item.track ? `${w.track}${sep}${item.track}` : null,
      f.people.length ? `${w.people}${sep}${f.people.join(w.listSep)}` : null,
      f.companies.length ? `${w.companies}${sep}${f.companies.join(w.listSep)}` : null,
      f.contact ? `${w.contact}${sep}${f.contact}` : null,
      item.notes ? `${w.notes}${sep}${item.notes}` : null,
    ].filter((l): l is string => !!l);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}@liaison-desk`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;TZID=${ICS_TZID}:${localStamp(item.startsAt)}`,
      `DTEND;TZID=${ICS_TZID}:${localStamp(item.endsAt)}`,
      `SUMMARY:${escapeText(summary)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      ...(description.length ? [`DESCRIPTION:${escapeText(description.join('\n'))}`] : []),
      `CATEGORIES:${escapeText(f.kind)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
