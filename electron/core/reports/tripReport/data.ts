// What the trip report (工作简报) says, gathered once from the records and worded in the
// report's language, so the Word and the PDF versions only lay it out and cannot disagree.
// Counts keep the staff's own form ("400余") through formatCount.
import { formatCount } from '../../../../shared/outcomes/counts';
import { COUNT_FIELDS, type CountField } from '../../../../shared/outcomes/schema';
import { localDay } from '../../../../shared/dates';
import type { Trip } from '../../../../shared/trips/contract';
import { listAgreements } from '../../agreements/service';
import type { Db } from '../../db/open';
import { getTripOutcomes } from '../../outcomes/service';
import { type ReportLang, inTimeOrder } from '../../trips/labels';
import { getTrip } from '../../trips/service';
import { imageInfo } from '../../vetting/image';
import { reportIssuer } from '../../workspace/settings';
import { ROLE_ORDER, TRIP_REPORT_WORDS } from './words';

export interface DelegationGroup {
  role: (typeof ROLE_ORDER)[number];
  label: string;
  people: string[];
  /** "局机关工作人员（2人）：王建国、张立新" */
  line: string;
}

export interface ItineraryDay {
  date: string;
  heading: string;
  places: string[];
  events: string[];
  /** Places and events in one sentence. */
  line: string;
}

export interface ReportLogo {
  dataUrl: string;
  bytes: Buffer;
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** The stored logo, checked by its own header (G stores PNG or JPEG only); null when absent or unreadable. */
function logoOf(dataUrl: string | null): ReportLogo | null {
  if (!dataUrl) return null;
  const bytes = Buffer.from(dataUrl.replace(/^data:image\/[a-z+.-]+;base64,/i, ''), 'base64');
  const info = imageInfo(bytes);
  if (!info || (info.mime !== 'image/png' && info.mime !== 'image/jpeg')) return null;
  return { dataUrl, bytes, type: info.mime === 'image/png' ? 'png' : 'jpg', width: info.width, height: info.height };
}

export interface FiguresTable {
  columns: string[];
  rows: string[][];
  total: string[];
}

/** One paragraph of a section: plain text, a lead-in (a delegation group, a day) with its text, or the figures table. */
export type ReportBlock = { kind: 'text'; text: string } | { kind: 'lead'; lead: string; rest: string } | { kind: 'table'; table: FiguresTable };

/** A numbered section with something to say; sections with nothing are left out and the numbering closes up. */
export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export interface TripReportData {
  lang: ReportLang;
  tripId: string;
  masthead: string;
  title: string;
  unitName: string;
  /** The unit's logo (settings), as the data: URL the PDF shows and the decoded image the Word file embeds. */
  logo: ReportLogo | null;
  /** The issuing date, worded ("2026年11月24日"). */
  date: string;
  /** The issuing date, YYYY-MM-DD. */
  issuedOn: string;
  /** The sections that have something to say, numbered in order: "一、出访概况", … */
  sections: ReportSection[];
  /** The heading of the section left for the staff to write (Word only), numbered after the others: "五、下一步工作（请填写）". */
  nextSteps: string;
  overview: string[];
  delegation: DelegationGroup[];
  companiesIntro: string | null;
  companies: string[];
  itinerary: ItineraryDay[];
  /** One sentence per job fair, campus recruitment or training, with its figures. */
  events: string[];
  table: FiguresTable | null;
  totals: string | null;
  /** Each figure of the totals as the staff write it ("400余"); null when never counted. */
  totalFigures: Record<CountField, string | null>;
  agreements: string[];
  /** What the saved files are named after, without extension: "工作简报-2018年9月 赴迪庆州德钦县…" (safeFileName makes the names). */
  fileBase: string;
}

const placeOf = (i: { place: string | null; countyName: string | null }) => i.place ?? i.countyName;

function delegationOf(trip: Trip, w: (typeof TRIP_REPORT_WORDS)[ReportLang]): DelegationGroup[] {
  return ROLE_ORDER.flatMap((role) => {
    const members = trip.members.filter((m) => m.role === role);
    if (!members.length) return [];
    // Company representatives and trainers are known by their organisation; staff by name.
    const people = members.map((m) => (m.organisation && role !== 'bureauStaff' && !m.name.includes(m.organisation) ? w.personWithOrg(m.name, m.organisation) : m.name));
    return [{ role, label: w.roles[role], people, line: w.group(w.roles[role], members.length, people.join(w.sep)) }];
  });
}

function itineraryOf(trip: Trip, w: (typeof TRIP_REPORT_WORDS)[ReportLang]): ItineraryDay[] {
  const byDay = new Map<string, Trip['items']>();
  for (const item of inTimeOrder(trip.items)) {
    const day = item.startsAt.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const start = Date.parse(`${trip.startDate}T00:00:00Z`);
  return [...byDay.entries()].map(([date, items]) => {
    const places = [...new Set(items.flatMap((i) => (i.travel ? [i.travel.to] : i.kind === 'lodging' ? [] : [placeOf(i)]).filter((p): p is string => !!p)))];
    const events = items
      .filter((i) => i.kind !== 'lodging')
      .map((i) => {
        if (i.travel) return w.travel(i.travel.from, i.travel.to);
        const title = i.title ?? w.kinds[i.kind as keyof typeof w.kinds] ?? i.kind;
        // Where it happened, unless the title already says so (与德钦县人社局座谈 at 德钦县人社局).
        const place = placeOf(i);
        return place && !title.includes(place) ? w.at(title, place) : title;
      });
    const n = Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000) + 1;
    const heading = n >= 1 ? w.day(n, date) : w.date(date);
    return { date, heading, places, events, line: events.join(w.sep === '、' ? '；' : '; ') + (w.sep === '、' ? '。' : '.') };
  });
}

/**
 * Everything the 工作简报 of one trip says. `today` is the issuing date (the report is
 * written now, usually after the trip); tests pass a fixed one.
 */
export function tripReportData(db: Db, tripId: string, lang: ReportLang, today: string = localDay()): TripReportData {
  const w = TRIP_REPORT_WORDS[lang];
  const trip = getTrip(db, tripId);
  const outcomes = getTripOutcomes(db, tripId);
  const agreements = listAgreements(db, { tripId }, today);
  const issuer = reportIssuer(db);
  const fmt = (c: Parameters<typeof formatCount>[0]) => formatCount(c, lang, '');

  const destination = `${trip.prefectureName}${trip.counties.map((c) => c.name).join(w.sep)}`;
  const overview = [w.overview(w.dateRange(trip.startDate, trip.endDate), trip.members.length, destination), ...(trip.purpose ? [trip.purpose] : [])];

  const companies = trip.participants.map((p) => {
    const headcount = p.positions.reduce((n, x) => n + x.headcount, 0);
    return w.company(p.companyName, p.positions.map((x) => w.position(x.title, x.headcount)).join(w.sep), headcount);
  });
  // 工种 are the distinct job types the listings fall under (Deqin: 9 listings of 6 job types).
  const companiesIntro = trip.participants.length ? w.companiesLine(trip.totals.companies, trip.totals.byJobType.length, trip.totals.positions, trip.totals.headcount) : null;

  const events = outcomes.events.map((e) => {
    const date = e.startsAt.slice(0, 10);
    const head = w.event({ date, kind: w.kinds[e.kind], title: e.title, place: e.place ?? e.countyName });
    if (!e.recorded) return `${head}${w.comma}${w.notRecorded}${lang === 'zh' ? '。' : '.'}`;
    const parts = COUNT_FIELDS.filter((f) => e[f]).map((f) => w.figures[f](fmt(e[f])));
    if (e.trainingHours) parts.push(w.hours(e.trainingHours));
    return `${head}${parts.length ? w.comma + parts.join(w.comma) : ''}${lang === 'zh' ? '。' : '.'}`;
  });

  // Only columns something was counted in: a trip without campus recruitment has no 录用 column.
  const fields = COUNT_FIELDS.filter((f) => outcomes.events.some((e) => e[f]));
  const withHours = outcomes.events.some((e) => e.trainingHours);
  const table: FiguresTable | null = outcomes.events.length
    ? {
        columns: [w.columns.date, w.columns.event, ...fields.map((f) => w.columns[f]), ...(withHours ? [w.columns.trainingHours] : [])],
        rows: outcomes.events.map((e) => [
          w.shortDate(e.startsAt.slice(0, 10)),
          `${w.kinds[e.kind]}${placeOf(e) ? (lang === 'zh' ? `（${placeOf(e)}）` : ` (${placeOf(e)})`) : ''}`,
          ...fields.map((f) => fmt(e[f]) || '—'),
          ...(withHours ? [e.trainingHours ? w.hoursValue(e.trainingHours) : '—'] : []),
        ]),
        total: [w.total, '', ...fields.map((f) => fmt(outcomes.totals[f]) || '—'), ...(withHours ? [''] : [])],
      }
    : null;
  const totalFigures = Object.fromEntries(COUNT_FIELDS.map((f) => [f, outcomes.totals[f] ? fmt(outcomes.totals[f]) : null])) as Record<CountField, string | null>;
  const totalParts = COUNT_FIELDS.filter((f) => totalFigures[f]).map((f) => w.figures[f](totalFigures[f]!));

  const agreementLines = agreements
    .slice()
    .sort((a, b) => (a.signedOn < b.signedOn ? -1 : a.signedOn > b.signedOn ? 1 : 0))
    .map((a) => w.agreement({ title: a.title, type: w.agreementTypes[a.type], parties: a.parties.join(w.partiesSep), copies: a.copies, signedOn: a.signedOn }));

  const delegation = delegationOf(trip, w);
  const itinerary = itineraryOf(trip, w);
  const totals = outcomes.events.length > 1 && totalParts.length ? w.totals(totalParts) : null;
  const text = (t: string): ReportBlock => ({ kind: 'text', text: t });
  const content: [string, ReportBlock[]][] = [
    [w.sections.overview, overview.map(text)],
    [w.sections.delegation, [...delegation.map((g): ReportBlock => ({ kind: 'lead', lead: g.label, rest: g.line.slice(g.label.length) })), ...(companiesIntro ? [companiesIntro, ...companies].map(text) : [])]],
    [w.sections.itinerary, itinerary.map((day): ReportBlock => ({ kind: 'lead', lead: day.heading, rest: day.line }))],
    [w.sections.outcomes, [...events.map(text), ...(table ? [{ kind: 'table', table } as const] : []), ...(totals ? [text(totals)] : [])]],
    [w.sections.agreements, agreementLines.map(text)],
  ];
  // A brief that is sent out says nothing about what did not happen: an empty section is left out.
  const sections = content.filter(([, blocks]) => blocks.length).map(([name, blocks], i) => ({ heading: `${w.numeral(i + 1)}${name}`, blocks }));

  return {
    lang,
    tripId,
    masthead: w.masthead,
    title: trip.title,
    unitName: issuer.unitName,
    logo: logoOf(issuer.logo),
    date: w.date(today),
    issuedOn: today,
    sections,
    nextSteps: `${w.numeral(sections.length + 1)}${w.sections.nextSteps}${w.toFill}`,
    overview,
    delegation,
    companiesIntro,
    companies,
    itinerary,
    events,
    table,
    totals,
    totalFigures,
    agreements: agreementLines,
    fileBase: w.fileName(trip.title),
  };
}
