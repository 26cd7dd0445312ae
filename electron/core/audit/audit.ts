// The audit trail: who changed what and when. Written in the same transaction
// as the change it describes, so the two never disagree.
import type { AuditEntry } from '../../../shared/audit/schema';
import type { Db } from '../db/open';
import { nowIso } from '../ids';
import { currentStaffId } from '../workspace/settings';

export type Changes = Record<string, [unknown, unknown]>;
type Action = AuditEntry['action'];

export function recordAudit(db: Db, entity: string, entityId: string, action: Action, changes: Changes = {}): void {
  // A save that changed nothing is not a change.
  if (action === 'update' && Object.keys(changes).length === 0) return;
  db.prepare('INSERT INTO audit (at, staff_id, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)').run(
    nowIso(),
    currentStaffId(db),
    entity,
    entityId,
    action,
    JSON.stringify(changes),
  );
}

/** The fields whose values differ between two snapshots of a record. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

/** Snapshot for a created record: every field as [null, value]. */
export const created = (after: Record<string, unknown>): Changes => diff({}, after);

export function listAudit(db: Db, entityId: string | null | undefined, limit: number): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.staff_id, s.name AS staff_name, a.entity, a.entity_id, a.action, a.changes
         FROM audit a LEFT JOIN staff s ON s.id = a.staff_id
        WHERE (@entityId IS NULL OR a.entity_id = @entityId)
        ORDER BY a.id DESC LIMIT @limit`,
    )
    .all({ entityId: entityId ?? null, limit }) as {
    id: number; at: string; staff_id: string | null; staff_name: string | null; entity: string; entity_id: string; action: Action; changes: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    staffName: r.staff_name,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    changes: JSON.parse(r.changes) as Changes,
  }));
}
