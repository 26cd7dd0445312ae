// The dashboard's figures, added up from the records themselves (migration 6 tables and
// the trips), never from a stored total. The data read is small (a row per trip, event,
// agreement, batch and check-in), so it is read once and grouped in memory. The one figure
// over data that grows with every visit, the overdue follow-ups, comes from a running total.
//
// Rules:
// - Event figures count in the year of the event's date; arrivals by arrival date; trips
//   and the companies taken by the trip's start date; agreements by signing date.
// - A trip's positions offered: the sum of its events' positionsOffered when any of its
//   events records it, otherwise the headcount its participating companies bring (the
//   article reports the 2018-06 trip as "2025 个岗位" from the companies' positions).
// - Still working: stillWorking() (shared/placements) over the check-ins up to the end of
//   the year in scope; for a trip, only the check-ins of its batches.
// - Cancelled trips are left out: nothing happened on them.
import type { Dashboard, DashboardFilter, Figures } from '../../../shared/dashboard/schema';
import { type ReportedCount, sumCounts } from '../../../shared/outcomes/counts';
import { stillWorking } from '../../../shared/placements/schema';
import { targetsBehind } from '../agreements/service';
import type { Db } from '../db/open';
import { dueForRevetting } from '../vetting/service';
import { countOverdueFollowUps } from '../visits/totals';

/** The window of the due-work tab "需重新审核" (renderer DueVettingWork SOON_DAYS). */
const REVETTING_SOON_DAYS = 30;

interface TripFact { id: string; title: string; prefectureId: string; prefectureName: string; startDate: string; endDate: string; year: number; headcount: number }
type EventCounts = Record<'positionsOffered' | 'jobSeekers' | 'resumes' | 'intentions' | 'intentionsPoor' | 'hired' | 'trainees', ReportedCount | null>;
interface EventFact extends EventCounts { tripId: string; prefectureId: string; year: number; trainingHours: number | null }
interface AgreementFact { copies: number; year: number; prefectureId: string | null; tripId: string | null }
interface BatchFact { id: string; workers: number; poor: number; year: number; prefectureId: string; tripId: string | null }
interface CheckInFact { checkedOn: string; stillWorking: number; poor: number; prefectureId: string; batchId: string | null }

interface Facts {
  trips: TripFact[];
  companiesOf: Map<string, string[]>;
  events: EventFact[];
  /** Trips whose events record positions offered (their headcount is then not used). */
  eventPositionTrips: Set<string>;
  agreements: AgreementFact[];
  batches: BatchFact[];
  checkIns: CheckInFact[];
  batchTrip: Map<string, string | null>;
}

const COUNT_COLUMNS = {
  positionsOffered: 'positions_offered', jobSeekers: 'job_seekers', resumes: 'resumes', intentions: 'intentions',
  intentionsPoor: 'intentions_poor', hired: 'hired', trainees: 'trainees',
} as const;
type CountKey = keyof typeof COUNT_COLUMNS;
const COUNT_KEYS = Object.keys(COUNT_COLUMNS) as CountKey[];

function readFacts(db: Db): Facts {
  const trips = db
    .prepare(
      `SELECT t.id, t.title, t.prefecture_id AS prefectureId, p.name AS prefectureName, t.start_date AS startDate, t.end_date AS endDate,
              CAST(substr(t.start_date, 1, 4) AS INTEGER) AS year,
              (SELECT coalesce(sum(x.headcount), 0) FROM trip_positions tp JOIN positions x ON x.id = tp.position_id
                WHERE tp.trip_id = t.id AND x.deleted_at IS NULL) AS headcount
         FROM trips t JOIN prefectures p ON p.id = t.prefecture_id
        WHERE t.deleted_at IS NULL AND t.status <> 'cancelled'
        ORDER BY t.start_date, t.title`,
    )
    .all() as TripFact[];
  const live = new Set(trips.map((t) => t.id));
  const companiesOf = new Map<string, string[]>();
  for (const r of db.prepare('SELECT trip_id AS tripId, company_id AS companyId FROM trip_companies').all() as { tripId: string; companyId: string }[]) {
    if (!live.has(r.tripId)) continue;
    const list = companiesOf.get(r.tripId) ?? [];
    list.push(r.companyId);
    companiesOf.set(r.tripId, list);
  }
  const countSql = COUNT_KEYS.map((k) => `o.${COUNT_COLUMNS[k]} AS ${k}, o.${COUNT_COLUMNS[k]}_about AS ${k}About`).join(', ');
  const events = (
    db
      .prepare(
        `SELECT i.trip_id AS tripId, t.prefecture_id AS prefectureId, CAST(substr(i.starts_at, 1, 4) AS INTEGER) AS year,
                o.training_hours AS trainingHours, ${countSql}
           FROM event_outcomes o JOIN itinerary_items i ON i.id = o.item_id JOIN trips t ON t.id = i.trip_id
          WHERE t.deleted_at IS NULL AND t.status <> 'cancelled'`,
      )
      .all() as Record<string, unknown>[]
  ).map((r) => {
    const e = { tripId: r.tripId, prefectureId: r.prefectureId, year: r.year, trainingHours: r.trainingHours } as EventFact;
    for (const k of COUNT_KEYS) e[k] = r[k] === null ? null : { value: r[k] as number, about: r[`${k}About`] === 1 };
    return e;
  });
  const agreements = db
    .prepare(
      `SELECT a.copies, CAST(substr(a.signed_on, 1, 4) AS INTEGER) AS year, coalesce(a.prefecture_id, t.prefecture_id) AS prefectureId,
              CASE WHEN t.deleted_at IS NULL THEN a.trip_id END AS tripId
         FROM agreements a LEFT JOIN trips t ON t.id = a.trip_id
        WHERE a.deleted_at IS NULL`,
    )
    .all() as AgreementFact[];
  const batches = db
    .prepare(
      `SELECT id, workers, poor, CAST(substr(arrived_on, 1, 4) AS INTEGER) AS year, prefecture_id AS prefectureId, trip_id AS tripId
         FROM placement_batches WHERE deleted_at IS NULL`,
    )
    .all() as BatchFact[];
  const batchTrip = new Map(batches.map((b) => [b.id, b.tripId]));
  const checkIns = (
    db
      .prepare(
        `SELECT checked_on AS checkedOn, still_working AS stillWorking, poor, prefecture_id AS prefectureId, batch_id AS batchId
           FROM retention_checkins WHERE deleted_at IS NULL`,
      )
      .all() as CheckInFact[]
  ).filter((c) => c.batchId === null || batchTrip.has(c.batchId));
  return {
    trips, companiesOf, events, agreements, batches, checkIns, batchTrip,
    eventPositionTrips: new Set(events.filter((e) => e.positionsOffered !== null).map((e) => e.tripId)),
  };
}

interface Scope { year: number | null; prefectureId: string | null; tripId: string | null }

const inPlace = (s: Scope, prefectureId: string | null, tripId: string | null) =>
  (!s.prefectureId || prefectureId === s.prefectureId) && (!s.tripId || tripId === s.tripId);
const inYear = (s: Scope, year: number) => !s.year || year === s.year;

/** Check-ins up to the end of the year in scope (an earlier check-in still tells how many stay). */
function checkInsIn(f: Facts, s: Scope): CheckInFact[] {
  const yearEnd = s.year ? `${s.year}-12-31` : null;
  return f.checkIns.filter((c) => (!yearEnd || c.checkedOn <= yearEnd) && inPlace(s, c.prefectureId, c.batchId ? (f.batchTrip.get(c.batchId) ?? null) : null));
}

/** The figures of everything in `s`, by the rules at the top of this file. */
function figuresOf(f: Facts, s: Scope): Figures {
  const trips = f.trips.filter((t) => inPlace(s, t.prefectureId, t.id) && inYear(s, t.year));
  const events = f.events.filter((e) => inPlace(s, e.prefectureId, e.tripId) && inYear(s, e.year));
  const companies = new Set(trips.flatMap((t) => f.companiesOf.get(t.id) ?? []));
  const positionParts: (ReportedCount | null)[] = events.filter((e) => f.eventPositionTrips.has(e.tripId)).map((e) => e.positionsOffered);
  for (const t of trips) if (!f.eventPositionTrips.has(t.id) && t.headcount > 0) positionParts.push({ value: t.headcount, about: false });
  const hours = events.filter((e) => e.trainingHours !== null);
  const batches = f.batches.filter((b) => inPlace(s, b.prefectureId, b.tripId) && inYear(s, b.year));
  const checkIns = checkInsIn(f, s);
  const working = checkIns.length > 0 ? stillWorking(checkIns) : null;
  const out: Figures = {
    trips: trips.length,
    companies: companies.size,
    positionsOffered: sumCounts(positionParts),
    jobSeekers: null, resumes: null, intentions: null, intentionsPoor: null, hired: null, trainees: null,
    trainingHours: hours.length > 0 ? hours.reduce((sum, e) => sum + e.trainingHours!, 0) : null,
    agreements: f.agreements.filter((a) => inPlace(s, a.prefectureId, a.tripId) && inYear(s, a.year)).reduce((sum, a) => sum + a.copies, 0),
    arrivals: batches.reduce((sum, b) => sum + b.workers, 0),
    arrivalsPoor: batches.reduce((sum, b) => sum + b.poor, 0),
    stillWorking: working?.stillWorking ?? null,
    stillWorkingPoor: working?.poor ?? null,
  };
  for (const k of COUNT_KEYS) if (k !== 'positionsOffered') out[k] = sumCounts(events.map((e) => e[k]));
  return out;
}

const isEmpty = (x: Figures) =>
  x.trips === 0 && x.agreements === 0 && x.arrivals === 0 && x.stillWorking === null && COUNT_KEYS.every((k) => x[k] === null);

function bucket<T>(rows: readonly T[], key: (r: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  return m;
}

export function dashboard(db: Db, filter: DashboardFilter): Dashboard {
  const f = readFacts(db);
  const scope: Scope = { year: filter.year, prefectureId: filter.prefectureId, tripId: filter.tripId };
  const totals = figuresOf(f, scope);

  const years = [...new Set([...f.trips.map((t) => t.year), ...f.events.map((e) => e.year), ...f.agreements.map((a) => a.year), ...f.batches.map((b) => b.year)])].sort();
  const byYear = years
    .filter((y) => inYear(scope, y))
    .map((year) => ({ year, ...figuresOf(f, { ...scope, year }) }))
    .filter((r) => !isEmpty(r));

  const prefectures = new Map(f.trips.map((t) => [t.prefectureId, t.prefectureName]));
  for (const p of db.prepare('SELECT id, name FROM prefectures WHERE deleted_at IS NULL ORDER BY sort_order, name').all() as { id: string; name: string }[]) {
    if (!prefectures.has(p.id)) prefectures.set(p.id, p.name);
  }
  const byDestination = [...prefectures]
    .filter(([id]) => !scope.prefectureId || id === scope.prefectureId)
    .map(([prefectureId, prefectureName]) => ({ prefectureId, prefectureName, ...figuresOf(f, { ...scope, prefectureId }) }))
    .filter((r) => !isEmpty(r));

  const eventsByTrip = bucket(f.events, (e) => e.tripId);
  const agreementsByTrip = bucket(f.agreements, (a) => a.tripId);
  const batchesByTrip = bucket(f.batches, (b) => b.tripId);
  const checkInsByTrip = bucket(f.checkIns, (c) => (c.batchId ? (f.batchTrip.get(c.batchId) ?? null) : null));
  const byTrip = f.trips
    .filter((t) => inPlace(scope, t.prefectureId, t.id))
    .map((t) => {
      const own: Facts = {
        ...f,
        trips: [t],
        events: eventsByTrip.get(t.id) ?? [],
        agreements: agreementsByTrip.get(t.id) ?? [],
        batches: batchesByTrip.get(t.id) ?? [],
        checkIns: checkInsByTrip.get(t.id) ?? [],
      };
      const figures = figuresOf(own, { year: scope.year, prefectureId: null, tripId: null });
      const positionsFrom = f.eventPositionTrips.has(t.id) ? 'events' : t.headcount > 0 ? 'headcount' : 'none';
      return { tripId: t.id, title: t.title, prefectureId: t.prefectureId, prefectureName: t.prefectureName, startDate: t.startDate, endDate: t.endDate, positionsFrom, ...figures } as const;
    })
    .filter((r) => !isEmpty(r))
    .reverse(); // latest trip first

  const funnel = (['positionsOffered', 'jobSeekers', 'resumes', 'intentions', 'arrivals', 'stillWorking'] as const).map((stage) => ({
    stage,
    count:
      stage === 'arrivals'
        ? { value: totals.arrivals, about: false }
        : stage === 'stillWorking'
          ? totals.stillWorking === null ? null : { value: totals.stillWorking, about: false }
          : totals[stage],
  }));

  const checkInsCounted = checkInsIn(f, scope);
  // From the running totals of open follow-ups per due date (visits/totals.ts): the sum of
  // the days before today, however many visits the workspace holds.
  const overdueFollowUps = countOverdueFollowUps(db, filter.today);

  return {
    totals,
    byYear,
    byDestination,
    byTrip,
    funnel,
    latestCheckInOn: totals.stillWorking === null ? null : checkInsCounted.reduce<string | null>((m, c) => (m === null || c.checkedOn > m ? c.checkedOn : m), null),
    dueWork: {
      overdueFollowUps,
      vettingsDue: dueForRevetting(db, filter.today, REVETTING_SOON_DAYS).length,
      targetsBehind: targetsBehind(db, filter.today).length,
    },
    options: {
      years: [...years].reverse(),
      prefectures: [...prefectures].map(([id, name]) => ({ id, name })),
      trips: [...f.trips].reverse().map((t) => ({ id: t.id, title: t.title, prefectureId: t.prefectureId, startDate: t.startDate })),
    },
    hasRecords: f.trips.length + f.agreements.length + f.batches.length + f.checkIns.length > 0,
  };
}
