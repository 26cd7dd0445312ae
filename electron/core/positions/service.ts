// Use cases for positions: a position belongs to a live company and names a job type
// on the list; every change is audited. Deleting hides it (trips that took it along
// keep their history).
import { conflictOn, fail } from '../../../shared/result';
import type { JobType, Position, PositionValues } from '../../../shared/positions/schema';
import { created, diff, recordAudit } from '../audit/audit';
import * as companies from '../companies/repository';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import * as repo from './repository';

const ENTITY = 'position';

const auditView = (p: Position) => {
  const { id: _i, companyName: _c, townName: _t, jobTypeName: _j, createdAt: _a, updatedAt: _u, ...rest } = p;
  return rest;
};

export function getPosition(db: Db, id: string): Position {
  return repo.findPosition(db, id) ?? fail('NOT_FOUND', 'positionNotFound');
}

/** A live company, and a job type on the list (or the one the position already had: it may have left the list since). */
function check(db: Db, v: PositionValues, keptJobTypeId: string | null): void {
  const c = companies.findCompany(db, v.companyId);
  if (!c || c.deletedAt) fail('VALIDATION', 'unknownCompany', undefined, [{ path: ['companyId'], key: 'unknownCompany' }]);
  if (v.jobTypeId !== keptJobTypeId && !repo.jobTypeExists(db, v.jobTypeId)) {
    fail('VALIDATION', 'unknownJobType', undefined, [{ path: ['jobTypeId'], key: 'unknownJobType' }]);
  }
}

export function createPosition(db: Db, v: PositionValues): Position {
  return db.transaction(() => insertNewPosition(db, v))();
}

/** createPosition's work, inside a transaction the caller holds (the import; see companies/service insertNewCompany). */
export function insertNewPosition(db: Db, v: PositionValues): Position {
  check(db, v, null);
  const id = newId();
  repo.insertPosition(db, id, v, nowIso());
  const p = getPosition(db, id);
  recordAudit(db, ENTITY, id, 'create', created(auditView(p)));
  return p;
}

export function updatePosition(db: Db, id: string, v: PositionValues): Position {
  return db.transaction(() => changePosition(db, id, v))();
}

/** updatePosition's work, inside a transaction the caller holds (the import). */
export function changePosition(db: Db, id: string, v: PositionValues): Position {
  const before = getPosition(db, id);
  check(db, v, before.jobTypeId);
  repo.updatePosition(db, id, v, nowIso());
  const after = getPosition(db, id);
  recordAudit(db, ENTITY, id, 'update', diff(auditView(before), auditView(after)));
  return after;
}

export function deletePosition(db: Db, id: string): void {
  db.transaction(() => {
    getPosition(db, id);
    repo.setPositionDeleted(db, id, nowIso(), nowIso());
    recordAudit(db, ENTITY, id, 'delete');
  })();
}

export function restorePosition(db: Db, id: string): void {
  db.transaction(() => {
    const r = db.prepare('SELECT company_id, deleted_at FROM positions WHERE id = ?').get(id) as { company_id: string; deleted_at: string | null } | undefined;
    if (!r?.deleted_at) return fail('NOT_FOUND', 'positionNotFound');
    const c = companies.findCompany(db, r.company_id);
    if (!c || c.deletedAt) fail('CONFLICT', 'restoreCompanyFirst', { company: c?.name ?? '' });
    repo.setPositionDeleted(db, id, null, nowIso());
    recordAudit(db, ENTITY, id, 'restore');
  })();
}

/** Deletes a trashed position for good; trips that took it along lose it from their lists. */
export function purgePosition(db: Db, id: string): void {
  db.transaction(() => {
    const r = db.prepare('SELECT deleted_at FROM positions WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!r?.deleted_at) return fail('NOT_FOUND', 'positionNotFound');
    db.prepare('DELETE FROM positions WHERE id = ?').run(id);
    recordAudit(db, ENTITY, id, 'purge');
  })();
}

// ── The job-type list (工种): editable like the towns and industries ──────────

const JOB_TYPE = 'jobType';

function getJobType(db: Db, id: string): JobType {
  return repo.listJobTypes(db).find((j) => j.id === id) ?? fail('NOT_FOUND', 'lookupNotFound');
}

function checkJobTypeName(db: Db, name: string, exceptId: string | null): void {
  const clash = db.prepare('SELECT 1 FROM job_types WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?').get(name, exceptId);
  if (clash) conflictOn('name', 'lookupNameTaken', { name });
}

export function createJobType(db: Db, name: string): JobType {
  return db.transaction(() => {
    checkJobTypeName(db, name, null);
    const id = newId();
    const at = nowIso();
    const max = (db.prepare('SELECT coalesce(max(sort_order), -1) AS m FROM job_types').get() as { m: number }).m;
    db.prepare('INSERT INTO job_types (id, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, name, max + 1, at, at);
    recordAudit(db, JOB_TYPE, id, 'create', created({ name }));
    return getJobType(db, id);
  })();
}

export function renameJobType(db: Db, id: string, name: string): JobType {
  return db.transaction(() => {
    const before = getJobType(db, id);
    checkJobTypeName(db, name, id);
    db.prepare('UPDATE job_types SET name = ?, updated_at = ? WHERE id = ?').run(name, nowIso(), id);
    recordAudit(db, JOB_TYPE, id, 'update', { name: [before.name, name] });
    return getJobType(db, id);
  })();
}

/** Takes a job type off the list. Positions that use it keep it and still show its name. */
export function deleteJobType(db: Db, id: string): void {
  db.transaction(() => {
    const item = getJobType(db, id);
    const at = nowIso();
    db.prepare('UPDATE job_types SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    recordAudit(db, JOB_TYPE, id, 'delete', { name: [item.name, null] });
  })();
}
