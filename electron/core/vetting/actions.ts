// Follow-up actions from a vetting: for a failed item, what must change, who sees to
// it and by when. They hang on the vetting and the item; the company page lists the open ones.
import { fail } from '../../../shared/result';
import type { Action } from '../../../shared/vetting/schema';
import { created, recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { assertActiveStaff } from '../staff/service';
import * as repo from './repository';
import { getVetting } from './service';

const ENTITY = 'vettingAction';

export function createAction(db: Db, input: { vettingId: string; itemKey: string; what: string; whoStaffId: string | null; dueDate: string | null }): Action {
  return db.transaction(() => {
    const v = getVetting(db, input.vettingId);
    if (!v.template.sections.some((s) => s.items.some((i) => i.key === input.itemKey))) {
      fail('VALIDATION', 'unknownItem', undefined, [{ path: ['itemKey'], key: 'unknownItem' }]);
    }
    if (!v.score.failedItems.includes(input.itemKey)) fail('VALIDATION', 'itemNotFailed', undefined, [{ path: ['itemKey'], key: 'itemNotFailed' }]);
    if (input.whoStaffId) assertActiveStaff(db, [input.whoStaffId], 'whoStaffId');
    const id = newId();
    repo.insertAction(db, { id, ...input, at: nowIso() });
    recordAudit(db, ENTITY, id, 'create', created({ vettingId: input.vettingId, itemKey: input.itemKey, what: input.what, whoStaffId: input.whoStaffId, dueDate: input.dueDate }));
    return repo.findAction(db, id)!;
  })();
}

export const listActions = (db: Db, companyId: string | null, scope: 'open' | 'all'): Action[] => repo.listActions(db, companyId, scope);

export function setActionDone(db: Db, id: string, done: boolean): Action {
  return db.transaction(() => {
    const before = repo.findAction(db, id) ?? fail('NOT_FOUND', 'actionNotFound');
    if (before.done !== done) {
      const at = nowIso();
      repo.setActionDone(db, id, done ? at : null, at);
      recordAudit(db, ENTITY, id, 'update', { done: [before.done, done] });
    }
    return repo.findAction(db, id)!;
  })();
}
