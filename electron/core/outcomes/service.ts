// Use cases for the outcomes (成效) of job fairs, campus recruitment and trainings: the
// figures counted at the event and, optionally, what each participating company collected.
// A save checks everything (the schema's contradiction rules already ran at the bridge),
// writes in one transaction and is audited; a refused save leaves nothing behind.
import { sumCounts } from '../../../shared/outcomes/counts';
import {
  COUNT_FIELDS,
  type Outcome,
  type OutcomeKind,
  type OutcomeListFilter,
  type OutcomeRow,
  type OutcomeValues,
  type TripOutcomes,
  hasOutcome,
  outcomeInput,
} from '../../../shared/outcomes/schema';
import { type FieldIssue, fail, toFieldIssues } from '../../../shared/result';
import { created, diff, recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { nowIso } from '../ids';
import { loadTrip } from '../trips/repository';
import * as repo from './repository';

const ENTITY = 'eventOutcome';

const refuse = (key: string, path: (string | number)[], params?: FieldIssue['params']): never =>
  fail('VALIDATION', key, params, [{ path, key, ...(params ? { params } : {}) }]);

/** A live event item of a kind that has outcomes. */
function eventItem(db: Db, itemId: string): repo.EventItem & { kind: OutcomeKind } {
  const item = repo.findEventItem(db, itemId);
  if (!item || item.tripDeleted) return fail('NOT_FOUND', 'itemNotFound');
  if (!hasOutcome(item.kind)) return refuse('noOutcomeForKind', ['itemId'], { kind: item.kind });
  return item as repo.EventItem & { kind: OutcomeKind };
}

export function getOutcome(db: Db, itemId: string): Outcome {
  return repo.loadOutcome(db, eventItem(db, itemId));
}

const auditView = (o: Outcome) =>
  o.recorded
    ? {
        ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, o[f]])),
        trainingHours: o.trainingHours,
        notes: o.notes,
        companies: o.companies.map(({ companyName: _n, ...c }) => c),
      }
    : {};

/**
 * Records (or replaces) the figures of an event. Every company of the split must take part in
 * the trip; training hours belong to trainings. The split may disagree with the event's
 * figures: that is a warning on read, never a refusal.
 */
export function saveOutcome(db: Db, itemId: string, v: OutcomeValues): Outcome {
  // Callers inside the core (the example workspace) skip the bridge: hold them to the same rules.
  const checked = outcomeInput.safeParse(v);
  if (!checked.success) fail('VALIDATION', 'validation', undefined, toFieldIssues(checked.error.issues));
  const values = checked.data!;
  return db.transaction(() => {
    const item = eventItem(db, itemId);
    if (values.trainingHours !== null && item.kind !== 'training') refuse('trainingHoursOnlyForTraining', ['trainingHours']);
    values.companies.forEach((c, i) => {
      if (!repo.isParticipant(db, item.tripId, c.companyId)) refuse('companyNotOnTrip', ['companies', i, 'companyId']);
    });
    const before = repo.loadOutcome(db, item);
    repo.upsertOutcome(db, itemId, values, nowIso());
    const after = repo.loadOutcome(db, item);
    recordAudit(db, ENTITY, itemId, before.recorded ? 'update' : 'create', before.recorded ? diff(auditView(before), auditView(after)) : created(auditView(after)));
    return after;
  })();
}

/** Clears the figures of an event (the event itself stays on the itinerary). */
export function deleteOutcome(db: Db, itemId: string): void {
  db.transaction(() => {
    const before = repo.loadOutcome(db, eventItem(db, itemId));
    if (!before.recorded) return;
    repo.deleteOutcome(db, itemId);
    recordAudit(db, ENTITY, itemId, 'delete', diff(auditView(before), {}));
  })();
}

/** Every job fair, campus recruitment and training of a trip in time order, with the trip's totals. */
export function getTripOutcomes(db: Db, tripId: string): TripOutcomes {
  if (!loadTrip(db, tripId)) fail('NOT_FOUND', 'tripNotFound');
  const events = repo.tripEventIds(db, tripId).map((id) => repo.loadOutcome(db, repo.findEventItem(db, id)!));
  const totals = Object.fromEntries(COUNT_FIELDS.map((f) => [f, sumCounts(events.map((e) => e[f]))])) as TripOutcomes['totals'];
  return { tripId, events, totals };
}

/** The ledger (台账): every event of every live trip, newest first. */
export function listOutcomes(
  db: Db,
  filter: { year?: number | null; prefectureId?: string | null; tripId?: string | null; kind?: OutcomeKind | null },
): OutcomeRow[] {
  const f: OutcomeListFilter = { year: filter.year ?? null, prefectureId: filter.prefectureId ?? null, tripId: filter.tripId ?? null, kind: filter.kind ?? null };
  return repo.listOutcomeRows(db, f);
}
