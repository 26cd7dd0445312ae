// The editable list of partner regions: prefectures (州) and their counties (县/市).
// Names are unique within their level; a region taken off the list stays on the trips
// that went there.
import { conflictOn, fail } from '../../../shared/result';
import type { County, Prefecture } from '../../../shared/trips/contract';
import { created, recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { listPrefectures } from './repository';

const ENTITY = 'region';

function find(db: Db, id: string): { level: 'prefecture'; item: Prefecture } | { level: 'county'; item: County } {
  for (const p of listPrefectures(db)) {
    if (p.id === id) return { level: 'prefecture', item: p };
    const c = p.counties.find((x) => x.id === id);
    if (c) return { level: 'county', item: c };
  }
  return fail('NOT_FOUND', 'regionNotFound');
}

function checkName(db: Db, name: string, prefectureId: string | null, exceptId: string | null): void {
  const clash = prefectureId
    ? db.prepare('SELECT 1 FROM counties WHERE prefecture_id = ? AND name = ? AND deleted_at IS NULL AND id IS NOT ?').get(prefectureId, name, exceptId)
    : db.prepare('SELECT 1 FROM prefectures WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?').get(name, exceptId);
  if (clash) conflictOn('name', 'lookupNameTaken', { name });
}

export function createRegion(db: Db, name: string, prefectureId: string | null): Prefecture | County {
  return db.transaction(() => {
    if (prefectureId && find(db, prefectureId).level !== 'prefecture') fail('NOT_FOUND', 'regionNotFound');
    checkName(db, name, prefectureId, null);
    const id = newId();
    const at = nowIso();
    if (prefectureId) {
      const max = (db.prepare('SELECT coalesce(max(sort_order), -1) AS m FROM counties WHERE prefecture_id = ?').get(prefectureId) as { m: number }).m;
      db.prepare('INSERT INTO counties (id, prefecture_id, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, prefectureId, name, max + 1, at, at);
    } else {
      const max = (db.prepare('SELECT coalesce(max(sort_order), -1) AS m FROM prefectures').get() as { m: number }).m;
      db.prepare('INSERT INTO prefectures (id, name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, name, max + 1, at, at);
    }
    recordAudit(db, ENTITY, id, 'create', created({ name, prefectureId }));
    return find(db, id).item;
  })();
}

export function renameRegion(db: Db, id: string, name: string): Prefecture | County {
  return db.transaction(() => {
    const r = find(db, id);
    checkName(db, name, r.level === 'county' ? r.item.prefectureId : null, id);
    db.prepare(`UPDATE ${r.level === 'county' ? 'counties' : 'prefectures'} SET name = ?, updated_at = ? WHERE id = ?`).run(name, nowIso(), id);
    recordAudit(db, ENTITY, id, 'update', { name: [r.item.name, name] });
    return find(db, id).item;
  })();
}

/** Takes a region off the list (a prefecture with its counties). Trips that went there keep it. */
export function deleteRegion(db: Db, id: string): void {
  db.transaction(() => {
    const r = find(db, id);
    const at = nowIso();
    if (r.level === 'prefecture') {
      db.prepare('UPDATE counties SET deleted_at = ?, updated_at = ? WHERE prefecture_id = ? AND deleted_at IS NULL').run(at, at, id);
      db.prepare('UPDATE prefectures SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    } else {
      db.prepare('UPDATE counties SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    }
    recordAudit(db, ENTITY, id, 'delete', { name: [r.item.name, null] });
  })();
}
