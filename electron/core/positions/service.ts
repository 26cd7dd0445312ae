// Use cases for positions: a position belongs to a live company and names a job type
// on the list; every change is audited. Deleting hides it (trips that took it along
// keep their history).
import { fail } from '../../../shared/result';
import type { Position, PositionValues } from '../../../shared/trips/schema';
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

function check(db: Db, v: PositionValues): void {
  const c = companies.findCompany(db, v.companyId);
  if (!c || c.deletedAt) fail('VALIDATION', 'unknownCompany', undefined, [{ path: ['companyId'], key: 'unknownCompany' }]);
  if (!repo.jobTypeExists(db, v.jobTypeId)) fail('VALIDATION', 'unknownJobType', undefined, [{ path: ['jobTypeId'], key: 'unknownJobType' }]);
}

export function createPosition(db: Db, v: PositionValues): Position {
  return db.transaction(() => {
    check(db, v);
    const id = newId();
    repo.insertPosition(db, id, v, nowIso());
    const p = getPosition(db, id);
    recordAudit(db, ENTITY, id, 'create', created(auditView(p)));
    return p;
  })();
}

export function updatePosition(db: Db, id: string, v: PositionValues): Position {
  return db.transaction(() => {
    const before = getPosition(db, id);
    check(db, v);
    repo.updatePosition(db, id, v, nowIso());
    const after = getPosition(db, id);
    recordAudit(db, ENTITY, id, 'update', diff(auditView(before), auditView(after)));
    return after;
  })();
}

export function deletePosition(db: Db, id: string): void {
  db.transaction(() => {
    getPosition(db, id);
    repo.setPositionDeleted(db, id, nowIso());
    recordAudit(db, ENTITY, id, 'delete');
  })();
}
