// Use cases for transfer employment (转移就业): arrival batches and retention check-ins.
// Each write checks everything first (places on the region list, a live trip, live
// companies, check-ins that fit their batch), then writes in one transaction with its
// audit entry, so a refused call leaves nothing behind. The figures the article reports
// ("284 working or interning, 12 registered poor") are computed here from the records.
import {
  type Batch,
  type BatchValues,
  type CheckIn,
  type CheckInValues,
  type PlacementFilter,
  type PlacementList,
  type PlacementTotals,
  stillWorking,
} from '../../../shared/placements/schema';
import { type FieldIssue, fail } from '../../../shared/result';
import { created, diff, recordAudit } from '../audit/audit';
import * as companies from '../companies/repository';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { countyPrefecture, findTripRecord, prefectureExists } from '../trips/repository';
import * as repo from './repository';

const BATCH = 'placementBatch';
const CHECK_IN = 'checkIn';

/** Refuses with every field issue at once, the first one naming the general message. */
function refuseAll(issues: FieldIssue[]): void {
  if (issues.length > 0) fail('VALIDATION', issues[0]!.key, issues[0]!.params, issues);
}

const issue = (key: string, path: FieldIssue['path'], params?: FieldIssue['params']): FieldIssue => ({ path, key, ...(params ? { params } : {}) });

// ── Batches ──────────────────────────────────────────────────────────────────

export function getBatch(db: Db, id: string): Batch {
  return repo.findBatch(db, id) ?? fail('NOT_FOUND', 'batchNotFound');
}

const batchAuditView = (b: Batch) => ({
  arrivedOn: b.arrivedOn, workers: b.workers, poor: b.poor, prefectureId: b.prefectureId, countyId: b.countyId, tripId: b.tripId,
  employers: b.employers.map((e) => ({ companyId: e.companyId, workers: e.workers })), notes: b.notes,
});

/**
 * The places are on the region list, the trip and the employers are live. What the batch
 * already had is kept even when it has left the lists since (a deleted trip, a company in
 * the trash). An edit may not go below what its check-ins already report.
 */
function checkBatch(db: Db, v: BatchValues, kept: Batch | null): void {
  const issues: FieldIssue[] = [];
  const samePrefecture = kept?.prefectureId === v.prefectureId;
  if (!samePrefecture && !prefectureExists(db, v.prefectureId)) issues.push(issue('unknownPrefecture', ['prefectureId']));
  if (v.countyId && !(samePrefecture && kept.countyId === v.countyId) && countyPrefecture(db, v.countyId) !== v.prefectureId) {
    issues.push(issue('unknownCounty', ['countyId']));
  }
  if (v.tripId && v.tripId !== kept?.tripId) {
    const trip = findTripRecord(db, v.tripId);
    if (!trip || trip.deleted_at) issues.push(issue('unknownTrip', ['tripId']));
  }
  v.employers.forEach((e, i) => {
    if (kept?.employers.some((k) => k.companyId === e.companyId)) return;
    const c = companies.findCompany(db, e.companyId);
    if (!c || c.deletedAt) issues.push(issue('unknownCompany', ['employers', i, 'companyId']));
  });
  if (kept) {
    const reported = repo.batchCheckInMax(db, kept.id);
    if (reported.count > 0 && !samePrefecture) issues.push(issue('batchHasCheckIns', ['prefectureId'], { count: reported.count }));
    if (v.workers < reported.stillWorking) issues.push(issue('workersUnderCheckIn', ['workers'], { stillWorking: reported.stillWorking }));
    if (v.poor < reported.poor) issues.push(issue('poorUnderCheckIn', ['poor'], { poor: reported.poor }));
  }
  refuseAll(issues);
}

export function createBatch(db: Db, v: BatchValues): Batch {
  return db.transaction(() => {
    checkBatch(db, v, null);
    const id = newId();
    repo.insertBatch(db, id, v, nowIso());
    const b = getBatch(db, id);
    recordAudit(db, BATCH, id, 'create', created(batchAuditView(b)));
    return b;
  })();
}

export function updateBatch(db: Db, id: string, v: BatchValues): Batch {
  return db.transaction(() => {
    const before = getBatch(db, id);
    checkBatch(db, v, before);
    repo.updateBatch(db, id, v, nowIso());
    const after = getBatch(db, id);
    recordAudit(db, BATCH, id, 'update', diff(batchAuditView(before), batchAuditView(after)));
    return after;
  })();
}

/** Moves the batch to the trash; its check-ins are hidden with it. */
export function deleteBatch(db: Db, id: string): void {
  db.transaction(() => {
    const b = getBatch(db, id);
    const at = nowIso();
    repo.setBatchDeleted(db, id, at, at);
    recordAudit(db, BATCH, id, 'delete', { arrivedOn: [b.arrivedOn, null], workers: [b.workers, null] });
  })();
}

export function restoreBatch(db: Db, id: string): void {
  db.transaction(() => {
    if (!repo.deletedBatchExists(db, id)) fail('NOT_FOUND', 'batchNotFound');
    repo.setBatchDeleted(db, id, null, nowIso());
    recordAudit(db, BATCH, id, 'restore');
  })();
}

/** Deletes a batch in the trash for good, with its employers and check-ins. */
export function purgeBatch(db: Db, id: string): void {
  db.transaction(() => {
    if (!repo.deletedBatchExists(db, id)) fail('NOT_FOUND', 'batchNotFound');
    repo.purgeBatch(db, id);
    recordAudit(db, BATCH, id, 'purge');
  })();
}

// ── Check-ins ────────────────────────────────────────────────────────────────

export function getCheckIn(db: Db, id: string): CheckIn {
  return repo.findCheckIn(db, id) ?? fail('NOT_FOUND', 'checkInNotFound');
}

const checkInAuditView = (c: CheckIn) => ({
  checkedOn: c.checkedOn, stillWorking: c.stillWorking, poor: c.poor, prefectureId: c.prefectureId, batchId: c.batchId, notes: c.notes,
});

/** A prefecture on the list; a batch check-in fits its batch (same prefecture, no more people than arrived). */
function checkCheckIn(db: Db, v: CheckInValues, kept: CheckIn | null): void {
  const issues: FieldIssue[] = [];
  if (kept?.prefectureId !== v.prefectureId && !prefectureExists(db, v.prefectureId)) issues.push(issue('unknownPrefecture', ['prefectureId']));
  if (v.batchId) {
    const b = repo.findBatch(db, v.batchId);
    if (!b) issues.push(issue('unknownBatch', ['batchId']));
    else {
      if (b.prefectureId !== v.prefectureId) issues.push(issue('batchOtherPrefecture', ['batchId'], { prefecture: b.prefectureName }));
      if (v.stillWorking > b.workers) issues.push(issue('stillWorkingOverBatch', ['stillWorking'], { workers: b.workers }));
      if (v.poor > b.poor) issues.push(issue('poorOverBatch', ['poor'], { poor: b.poor }));
    }
  }
  refuseAll(issues);
}

export function createCheckIn(db: Db, v: CheckInValues): CheckIn {
  return db.transaction(() => {
    checkCheckIn(db, v, null);
    const id = newId();
    repo.insertCheckIn(db, id, v, nowIso());
    const c = getCheckIn(db, id);
    recordAudit(db, CHECK_IN, id, 'create', created(checkInAuditView(c)));
    return c;
  })();
}

export function updateCheckIn(db: Db, id: string, v: CheckInValues): CheckIn {
  return db.transaction(() => {
    const before = getCheckIn(db, id);
    checkCheckIn(db, v, before);
    repo.updateCheckIn(db, id, v, nowIso());
    const after = getCheckIn(db, id);
    recordAudit(db, CHECK_IN, id, 'update', diff(checkInAuditView(before), checkInAuditView(after)));
    return after;
  })();
}

export function deleteCheckIn(db: Db, id: string): void {
  db.transaction(() => {
    const c = getCheckIn(db, id);
    repo.setCheckInDeleted(db, id, nowIso());
    recordAudit(db, CHECK_IN, id, 'delete', { checkedOn: [c.checkedOn, null], stillWorking: [c.stillWorking, null] });
  })();
}

// ── Lists and figures ────────────────────────────────────────────────────────

/** Batches arrived in the filter year (newest first) and check-ins made in it (newest first). */
export function listPlacements(db: Db, filter: PlacementFilter): PlacementList {
  const { from, to } = repo.yearRange(filter.year);
  return {
    batches: repo.listBatches(db, filter),
    checkIns: repo.listCheckIns(db, { prefectureId: filter.prefectureId, tripId: filter.tripId, from, to }),
  };
}

/**
 * Arrivals in the filter year, and who still works as of the end of that year: the
 * stillWorking rule over every check-in on or before then (a check-in of an earlier year
 * still tells how many stay). Without a year, everything on record.
 */
export function placementTotals(db: Db, filter: PlacementFilter): PlacementTotals {
  const batches = repo.listBatches(db, filter);
  const { to } = repo.yearRange(filter.year);
  const checkIns = repo.listCheckIns(db, { prefectureId: filter.prefectureId, tripId: filter.tripId, from: null, to });
  const working = stillWorking(checkIns);
  return {
    batches: batches.length,
    arrivals: batches.reduce((sum, b) => sum + b.workers, 0),
    arrivalsPoor: batches.reduce((sum, b) => sum + b.poor, 0),
    stillWorking: working.stillWorking,
    stillWorkingPoor: working.poor,
    latestCheckInOn: checkIns[0]?.checkedOn ?? null,
  };
}
