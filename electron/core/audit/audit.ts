// The audit trail: who changed what and when. Written in the same transaction
// as the change it describes, so the two never disagree.
import { CHANGED, type AuditEntry } from '../../../shared/audit/schema';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { currentStaffId } from '../workspace/settings';
import { personPart } from './personFields';

export type Changes = Record<string, [unknown, unknown]>;
type Action = AuditEntry['action'];

export function recordAudit(db: Db, entity: string, entityId: string, action: Action, changes: Changes = {}): void {
  // A save that changed nothing is not a change.
  if (action === 'update' && Object.keys(changes).length === 0) return;
  // A random id, so audit trails written on several computers merge (team sync), and the
  // computer it was written on (NULL until this workspace has a computer id).
  db.prepare(
    'INSERT INTO audit (id, at, staff_id, entity, entity_id, action, changes, computer_id) VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT computer_id FROM sync_state))',
  ).run(
    newId(),
    nowIso(),
    currentStaffId(db),
    entity,
    entityId,
    action,
    JSON.stringify(withoutPersonValues(entity, changes)),
  );
}

/** A value kept as "changed": null stays null (set or cleared still shows), anything else becomes the mark. */
const mark = (v: unknown) => (v === null || v === undefined ? null : CHANGED);

/** The value with its person data marked: all of it, or the one property `part` of an object. */
function markPart(v: unknown, part: boolean | string): unknown {
  if (part === false) return v;
  if (part === true || typeof v !== 'object' || v === null) return mark(v);
  const o = v as Record<string, unknown>;
  return part in o ? { ...o, [part]: mark(o[part]) } : o;
}

/** The changes with every person field's values replaced by the "changed" mark (personFields.ts). */
export function withoutPersonValues(entity: string, changes: Changes): Changes {
  const kept: Changes = {};
  for (const [field, [before, after]] of Object.entries(changes)) {
    const part = personPart(entity, field);
    kept[field] = [markPart(before, part), markPart(after, part)];
  }
  return kept;
}

/**
 * The audit rows of records deleted for good keep who, when and which record, and the names
 * of the fields that changed, but no values: a purge removes what was written, the trail too.
 * `entityIds` are the purged record and the records that went with it.
 */
export function forgetAuditValues(db: Db, entityIds: readonly string[]): void {
  const forget = db.prepare(
    `UPDATE audit SET changes = (SELECT coalesce(json_group_object(key, json_array(
        CASE WHEN json_extract(value, '$[0]') IS NULL THEN NULL ELSE json(@mark) END,
        CASE WHEN json_extract(value, '$[1]') IS NULL THEN NULL ELSE json(@mark) END)), '{}')
       FROM json_each(audit.changes))
      WHERE entity_id = @id AND changes <> '{}'`,
  );
  for (const id of new Set(entityIds)) forget.run({ id, mark: JSON.stringify(CHANGED) });
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
    id: string; at: string; staff_id: string | null; staff_name: string | null; entity: string; entity_id: string; action: Action; changes: string;
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
