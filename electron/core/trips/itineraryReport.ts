// The printable itinerary (行程安排) on the shared report frame (reports/document.ts: the
// issuing unit and logo, the title, A4, no scripts or external resources). The title,
// destination, dates and delegation, then the days one after another with each day's items
// in time order. Compact: a day starts a new page only when it does not fit on the current
// one (a page per day had made a five-day trip six mostly empty pages). All user text escaped.
import { localDay } from '../../../shared/dates';
import type { Trip } from '../../../shared/trips/contract';
import { DEFAULT_UNIT_NAME } from '../../../shared/workspace/schema';
import { esc, escLines, reportHtml } from '../reports/document';
import { addDays } from '../../../shared/trips/shift';
import { ITEM_KIND_LABELS, MEMBER_ROLE_LABELS, type ReportLang, TRIP_STATUS_LABELS, WORDS, inTimeOrder, itemFacts } from './labels';
import { inDateRange } from '../../../shared/validation';

/** Escaped, with line breaks kept. */
const text = escLines;

// Only what the itinerary adds to the shared report frame (reports/document.ts).
const CSS = `
.day { break-inside: avoid; page-break-inside: avoid; }
.day h2 { margin-top: 4mm; }
table.items { table-layout: fixed; font-size: 10pt; line-height: 1.45; }
/* The widths leave 地点 room for a seven-character place (德钦县民族广场) on one line. */
table.items col.time { width: 25mm; }
table.items col.item { width: 42mm; }
table.items col.place { width: 34mm; }
table.items col.people { width: 36mm; }
.kind { font-weight: bold; }
.totals { margin: 2mm 0 0; }
`;

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

function dateLabel(date: string, lang: ReportLang) {
  const w = WORDS[lang];
  return `${w.date(date.slice(0, 4), date.slice(5, 7), date.slice(8, 10))} ${w.weekdays[weekday(date)]}`;
}

/** The trip's days, and any day an item starts outside them. */
function daysOf(trip: Trip): string[] {
  const days = new Set<string>();
  // Within the workspace's years only: past 9999 addDays has no four-digit form, and a trip stored
  // before the date rule (year 9999) would otherwise never reach its end.
  for (let d = trip.startDate; d <= trip.endDate && inDateRange(d) && days.size < 400; d = addDays(d, 1)) days.add(d);
  for (const i of trip.items) days.add(i.startsAt.slice(0, 10));
  return [...days].sort();
}

function timeRange(item: Trip['items'][number]) {
  const sameDay = item.startsAt.slice(0, 10) === item.endsAt.slice(0, 10);
  const end = sameDay ? item.endsAt.slice(11) : `${item.endsAt.slice(5, 10)} ${item.endsAt.slice(11)}`;
  return `${item.startsAt.slice(11)}–${end}`;
}

export interface Issuer {
  unitName: string;
  logo: string | null;
}

export function itineraryHtml(trip: Trip, lang: ReportLang, issuer: Issuer = { unitName: DEFAULT_UNIT_NAME, logo: null }, date: string = localDay()): string {
  const w = WORDS[lang];
  const items = inTimeOrder(trip.items);
  const counties = trip.counties.map((c) => c.name).join(w.listSep);
  const dates = `${dateLabel(trip.startDate, lang)} – ${dateLabel(trip.endDate, lang)}`;

  const facts = [
    [w.destination, `${trip.prefectureName}${counties ? ` ${counties}` : ''}`],
    [w.dates, dates],
    [w.purpose, trip.purpose],
    [w.status, TRIP_STATUS_LABELS[lang][trip.status]],
    [w.notes, trip.notes],
  ].filter((f): f is [string, string] => !!f[1]);

  const delegation = trip.members.length
    ? `<h3>${esc(w.delegation)}</h3>
<table class="delegation"><thead><tr><th>${w.name}</th><th>${w.role}</th><th>${w.organisation}</th><th>${w.phone}</th></tr></thead><tbody>
${trip.members.map((m) => `<tr><td>${text(m.name)}</td><td>${esc(MEMBER_ROLE_LABELS[lang][m.role])}</td><td>${text(m.organisation)}</td><td>${text(m.phone)}</td></tr>`).join('\n')}
</tbody></table>`
    : '';

  const companies = trip.participants.length
    ? `<h3>${esc(w.companies)}</h3>
<table class="companies"><thead><tr><th>${w.company}</th><th>${w.positions}</th><th>${w.headcount}</th></tr></thead><tbody>
${trip.participants
  .map((p) => `<tr><td>${text(p.companyName)}</td><td>${p.positions.map((x) => text(x.title)).join(esc(w.listSep))}</td><td>${p.positions.reduce((n, x) => n + x.headcount, 0)}</td></tr>`)
  .join('\n')}
</tbody></table>
<p class="totals">${esc(w.totals(trip.totals.companies, trip.totals.positions, trip.totals.headcount))}</p>`
    : '';

  // An item for the whole delegation says so rather than listing everyone again: the names are in
  // the delegation table, and seven names on every travel leg had made each row a column of names.
  const everyone = (item: Trip['items'][number]) => trip.members.length > 1 && trip.members.every((m) => item.memberIds.includes(m.id));
  const days = daysOf(trip).map((day, n) => {
    const todays = items.filter((i) => i.startsAt.slice(0, 10) === day);
    const rows = todays.map((item) => {
      const f = itemFacts(trip, item, lang);
      const place = [item.place, item.countyName && !(item.place ?? '').includes(item.countyName) ? item.countyName : null].filter(Boolean).join(w.listSep);
      // A travel leg is titled by its route; its mode and number, and a name the user gave it, go under details.
      const route = item.travel ? `${item.travel.from} → ${item.travel.to}` : null;
      const title = route ?? f.title;
      // A name that only restates the route (上海浦东—迪庆香格里拉) would say it twice.
      const ownName = item.travel && item.title && !(item.title.includes(item.travel.from) && item.title.includes(item.travel.to)) ? item.title : null;
      const details = [
        f.travel ? text([f.travelMode, ownName].filter(Boolean).join(w.listSep)) : '',
        item.track ? `${esc(w.track)}: ${text(item.track)}` : '',
        f.companies.length ? `${esc(w.companies)}: ${f.companies.map(text).join(esc(w.listSep))}` : '',
        f.contact ? `${esc(w.contact)}: ${text(f.contact)}` : '',
        item.notes ? `<span class="muted">${esc(w.notes)}: ${text(item.notes)}</span>` : '',
      ].filter(Boolean);
      return `<tr class="item" data-item="${esc(item.id)}"><td>${esc(timeRange(item))}</td><td><span class="kind">${esc(ITEM_KIND_LABELS[lang][item.kind])}</span><br>${text(title)}</td><td>${text(place)}</td><td>${everyone(item) ? esc(w.everyone) : f.people.map(text).join(esc(w.listSep))}</td><td>${details.join('<br>')}</td></tr>`;
    });
    const body = rows.length
      ? `<table class="items"><colgroup><col class="time"><col class="item"><col class="place"><col class="people"><col></colgroup><thead><tr><th>${w.time}</th><th>${w.item}</th><th>${w.place}</th><th>${w.people}</th><th>${w.details}</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`
      : `<p class="muted">${esc(w.noItems)}</p>`;
    const inTrip = day >= trip.startDate && day <= trip.endDate;
    const heading = inTrip ? `${w.day(daysBetween(trip.startDate, day) + 1)} ${dateLabel(day, lang)}` : dateLabel(day, lang);
    return `<section class="day" data-day="${esc(day)}" data-n="${n + 1}">
<h2>${esc(heading)}</h2>
${body}
</section>`;
  });

  const body = `<section class="cover">
<dl class="facts">
${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${text(v)}</dd>`).join('\n')}
</dl>
${delegation}
${companies}
</section>
${days.join('\n')}`;
  return reportHtml({ lang, title: trip.title, subtitle: w.itinerary, ...issuer, date, body, pageSize: 'A4', css: CSS });
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
