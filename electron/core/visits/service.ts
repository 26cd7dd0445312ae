// Use cases for visits: a visit belongs to a live company, names staff who are on
// the list, keeps the company's "last visit" and status in step, and is audited.
import type { FollowUpRow, Visit, VisitValues } from '../../../shared/visits/schema';
import { statusAfterVisit } from '../../../shared/companies/status';
import { fail } from '../../../shared/result';
import { created, diff, recordAudit } from '../audit/audit';
import * as companies from '../companies/repository';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { assertActiveStaff } from '../staff/service';
import { currentStaffId } from '../workspace/settings';
import * as repo from './repository';

const ENTITY = 'visit';

const auditView = (v: Visit) => {
  const { id: _id, companyName: _n, staff, followUps, createdAt: _c, updatedAt: _u, deletedAt: _d, createdBy: _b, ...rest } = v;
  return { ...rest, staffIds: staff.map((s) => s.id), followUps: followUps.map((f) => `${f.what}|${f.dueDate ?? ''}|${f.done ? 'done' : 'open'}`) };
};

export function getVisit(db: Db, id: string): Visit {
  const v = repo.findVisit(db, id);
  if (!v || v.deletedAt) return fail('NOT_FOUND', 'visitNotFound');
  return v;
}

function checkCompany(db: Db, companyId: string): void {
  const c = companies.findCompany(db, companyId);
  if (!c || c.deletedAt) fail('VALIDATION', 'unknownCompany', undefined, [{ path: ['companyId'], key: 'unknownCompany' }]);
}

/** Staff named on the visit or its follow-ups must be on the list; those already on the visit may have left since. */
function checkStaff(db: Db, v: VisitValues, alreadyOn: readonly string[]): void {
  assertActiveStaff(db, v.staffIds.filter((s) => !alreadyOn.includes(s)), 'staffIds');
  v.followUps.forEach((f, i) => {
    if (f.whoStaffId && !alreadyOn.includes(f.whoStaffId)) assertActiveStaff(db, [f.whoStaffId], ['followUps', i, 'whoStaffId']);
  });
}

function afterVisitChange(db: Db, companyId: string, at: string): void {
  companies.refreshLastVisit(db, companyId);
  const c = companies.findCompany(db, companyId);
  if (!c) return;
  const next = statusAfterVisit(c.status);
  if (next !== c.status) {
    companies.setCompanyStatus(db, companyId, next, at);
    recordAudit(db, 'company', companyId, 'update', { status: [c.status, next] });
  }
}

export function createVisit(db: Db, v: VisitValues): Visit {
  return db.transaction(() => {
    checkCompany(db, v.companyId);
    checkStaff(db, v, []);
    const id = newId();
    const at = nowIso();
    repo.insertVisit(db, id, v, currentStaffId(db), at);
    repo.replaceVisitStaff(db, id, v.staffIds);
    repo.replaceFollowUps(db, id, v.followUps, at);
    repo.reindexVisit(db, id);
    afterVisitChange(db, v.companyId, at);
    const visit = getVisit(db, id);
    recordAudit(db, ENTITY, id, 'create', created(auditView(visit)));
    return visit;
  })();
}

export function updateVisit(db: Db, id: string, v: VisitValues): Visit {
  return db.transaction(() => {
    const before = getVisit(db, id);
    checkCompany(db, v.companyId);
    checkStaff(db, v, [...before.staff.map((s) => s.id), ...before.followUps.map((f) => f.whoStaffId ?? '')]);
    const at = nowIso();
    repo.updateVisit(db, id, v, at);
    repo.replaceVisitStaff(db, id, v.staffIds);
    repo.replaceFollowUps(db, id, v.followUps, at);
    repo.reindexVisit(db, id);
    afterVisitChange(db, v.companyId, at);
    if (before.companyId !== v.companyId) companies.refreshLastVisit(db, before.companyId);
    const after = getVisit(db, id);
    recordAudit(db, ENTITY, id, 'update', diff(auditView(before), auditView(after)));
    return after;
  })();
}

export function deleteVisit(db: Db, id: string): void {
  db.transaction(() => {
    const v = getVisit(db, id);
    const at = nowIso();
    repo.setVisitDeleted(db, id, at, at);
    repo.reindexVisit(db, id);
    companies.refreshLastVisit(db, v.companyId);
    recordAudit(db, ENTITY, id, 'delete');
  })();
}

export function restoreVisit(db: Db, id: string): void {
  db.transaction(() => {
    const v = repo.findVisit(db, id);
    if (!v || !v.deletedAt) return fail('NOT_FOUND', 'visitNotFound');
    const c = companies.findCompany(db, v.companyId);
    if (!c || c.deletedAt) fail('CONFLICT', 'restoreCompanyFirst', { company: v.companyName });
    repo.setVisitDeleted(db, id, null, nowIso());
    repo.reindexVisit(db, id);
    companies.refreshLastVisit(db, v.companyId);
    recordAudit(db, ENTITY, id, 'restore');
  })();
}

export function purgeVisit(db: Db, id: string): void {
  db.transaction(() => {
    const v = repo.findVisit(db, id);
    if (!v || !v.deletedAt) return fail('NOT_FOUND', 'visitNotFound');
    repo.unindexVisit(db, id);
    db.prepare('DELETE FROM visits WHERE id = ?').run(id);
    recordAudit(db, ENTITY, id, 'purge');
  })();
}

export function setFollowUpDone(db: Db, id: string, done: boolean): FollowUpRow {
  return db.transaction(() => {
    const before = repo.findFollowUpRow(db, id) ?? fail('NOT_FOUND', 'followUpNotFound');
    if (before.done !== done) {
      const at = nowIso();
      db.prepare('UPDATE follow_ups SET done_at = ?, updated_at = ? WHERE id = ?').run(done ? at : null, at, id);
      recordAudit(db, 'followUp', id, 'update', { done: [before.done, done] });
    }
    return repo.findFollowUpRow(db, id)!;
  })();
}
