// Editable lists: towns/sub-districts and industries.
import type { LookupItem, LookupKind } from '../../../shared/lookups/schema';
import { conflictOn, fail } from '../../../shared/result';
import { created, recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';

const USE_COLUMN: Record<LookupKind, string> = { town: 'town_id', industry: 'industry_id' };

export function listLookups(db: Db, kind: LookupKind): LookupItem[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.kind, l.name,
              (SELECT count(*) FROM companies c WHERE c.${USE_COLUMN[kind]} = l.id AND c.deleted_at IS NULL) AS inUse
         FROM lookups l WHERE l.kind = ? AND l.deleted_at IS NULL ORDER BY l.sort_order, l.name`,
    )
    .all(kind) as LookupItem[];
  return rows;
}

function getLookup(db: Db, id: string): LookupItem {
  const r = db.prepare('SELECT id, kind, name, 0 AS inUse FROM lookups WHERE id = ? AND deleted_at IS NULL').get(id) as LookupItem | undefined;
  return r ?? fail('NOT_FOUND', 'lookupNotFound');
}

/** Refuses a reference to a town or industry that is not (or no longer) on its list. */
export function assertLookup(db: Db, kind: LookupKind, id: string, field: string): void {
  const r = db.prepare('SELECT 1 FROM lookups WHERE id = ? AND kind = ? AND deleted_at IS NULL').get(id, kind);
  if (!r) fail('VALIDATION', 'unknownLookup', undefined, [{ path: [field], key: kind === 'town' ? 'unknownTown' : 'unknownIndustry' }]);
}

function checkName(db: Db, kind: LookupKind, name: string, exceptId: string | null): void {
  const clash = db.prepare('SELECT 1 FROM lookups WHERE kind = ? AND name = ? AND deleted_at IS NULL AND id IS NOT ?').get(kind, name, exceptId);
  if (clash) conflictOn('name', 'lookupNameTaken', { name });
}

export function createLookup(db: Db, kind: LookupKind, name: string): LookupItem {
  return db.transaction(() => {
    checkName(db, kind, name, null);
    const id = newId();
    const at = nowIso();
    const max = (db.prepare('SELECT coalesce(max(sort_order), -1) AS m FROM lookups WHERE kind = ?').get(kind) as { m: number }).m;
    db.prepare('INSERT INTO lookups (id, kind, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, kind, name, max + 1, at, at);
    recordAudit(db, kind, id, 'create', created({ name }));
    return getLookup(db, id);
  })();
}

export function renameLookup(db: Db, id: string, name: string): LookupItem {
  return db.transaction(() => {
    const before = getLookup(db, id);
    checkName(db, before.kind, name, id);
    db.prepare('UPDATE lookups SET name = ?, updated_at = ? WHERE id = ?').run(name, nowIso(), id);
    recordAudit(db, before.kind, id, 'update', { name: [before.name, name] });
    return getLookup(db, id);
  })();
}

/** Removes an entry from its list. Companies that used it keep the reference and still show the name. */
export function deleteLookup(db: Db, id: string): void {
  db.transaction(() => {
    const item = getLookup(db, id);
    db.prepare('UPDATE lookups SET deleted_at = ?, updated_at = ? WHERE id = ?').run(nowIso(), nowIso(), id);
    recordAudit(db, item.kind, id, 'delete', { name: [item.name, null] });
  })();
}
