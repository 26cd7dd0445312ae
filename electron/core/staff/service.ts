// The staff list. A staff member who leaves is deactivated, not deleted: old visits
// and the audit trail still name them. Removing them for good is "remove this person
// everywhere" (people/service.ts).
import type { StaffMember } from '../../../shared/staff/schema';
import { fail } from '../../../shared/result';
import { created, diff, recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { currentStaffId } from '../workspace/settings';

interface StaffRecord { id: string; name: string; title: string | null; phone: string | null; created_at: string; updated_at: string; deleted_at: string | null }

const toStaff = (r: StaffRecord): StaffMember => ({
  id: r.id, name: r.name, title: r.title, phone: r.phone, active: r.deleted_at === null, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function listStaff(db: Db, includeInactive: boolean): StaffMember[] {
  const rows = db.prepare(`SELECT * FROM staff ${includeInactive ? '' : 'WHERE deleted_at IS NULL'}`).all() as StaffRecord[];
  const collator = new Intl.Collator('zh');
  return rows.map(toStaff).sort((a, b) => collator.compare(a.name, b.name));
}

export function getStaff(db: Db, id: string): StaffMember {
  const r = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRecord | undefined;
  return r ? toStaff(r) : fail('NOT_FOUND', 'staffNotFound');
}

/**
 * Refuses references to staff who do not exist or have left. `field` is the input's field
 * name (a list field gets the index appended) or the full path of a nested field.
 */
export function assertActiveStaff(db: Db, ids: readonly string[], field: string | (string | number)[]): void {
  ids.forEach((id, i) => {
    const r = db.prepare('SELECT deleted_at FROM staff WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (r && !r.deleted_at) return;
    const path = Array.isArray(field) ? field : field === 'staffIds' ? [field, i] : [field];
    fail('VALIDATION', 'unknownStaff', undefined, [{ path, key: 'unknownStaff' }]);
  });
}

export function createStaff(db: Db, v: { name: string; title: string | null; phone: string | null }): StaffMember {
  return db.transaction(() => {
    const id = newId();
    const at = nowIso();
    db.prepare('INSERT INTO staff (id, name, title, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, v.name, v.title, v.phone, at, at);
    recordAudit(db, 'staff', id, 'create', created(v));
    return getStaff(db, id);
  })();
}

export function updateStaff(db: Db, id: string, v: { name: string; title: string | null; phone: string | null }): StaffMember {
  return db.transaction(() => {
    const before = getStaff(db, id);
    db.prepare('UPDATE staff SET name = ?, title = ?, phone = ?, updated_at = ? WHERE id = ?').run(v.name, v.title, v.phone, nowIso(), id);
    recordAudit(db, 'staff', id, 'update', diff({ name: before.name, title: before.title, phone: before.phone }, v));
    return getStaff(db, id);
  })();
}

export function setStaffActive(db: Db, id: string, active: boolean): StaffMember {
  return db.transaction(() => {
    getStaff(db, id);
    // The person using the app must stay on the list: the audit trail and new visits name them.
    if (!active && currentStaffId(db) === id) fail('CONFLICT', 'cannotDeactivateSelf');
    db.prepare('UPDATE staff SET deleted_at = ?, updated_at = ? WHERE id = ?').run(active ? null : nowIso(), nowIso(), id);
    recordAudit(db, 'staff', id, active ? 'restore' : 'delete');
    return getStaff(db, id);
  })();
}
