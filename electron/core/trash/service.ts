// The trash: soft-deleted companies, visits, agreements and arrival batches, newest first, restorable.
import type { TrashItem, TrashKind } from '../../../shared/trash/schema';
import { purgeAgreement, restoreAgreement } from '../agreements/service';
import { purgeCompany, restoreCompany } from '../companies/service';
import type { Db } from '../db/open';
import { purgeBatch, restoreBatch } from '../placements/service';
import { purgeVisit, restoreVisit } from '../visits/service';

export function listTrash(db: Db): TrashItem[] {
  return db
    .prepare(
      `SELECT 'company' AS kind, id, name AS title, credit_code AS detail, deleted_at AS deletedAt
         FROM companies WHERE deleted_at IS NOT NULL
       UNION ALL
       SELECT 'visit', v.id, c.name, v.visit_date || coalesce(' · ' || v.purpose, ''), v.deleted_at
         FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.deleted_at IS NOT NULL
       UNION ALL
       SELECT 'agreement', id, title, signed_on, deleted_at FROM agreements WHERE deleted_at IS NOT NULL
       UNION ALL
       SELECT 'placementBatch', b.id, b.arrived_on || ' · ' || p.name, NULL, b.deleted_at
         FROM placement_batches b JOIN prefectures p ON p.id = b.prefecture_id WHERE b.deleted_at IS NOT NULL
       ORDER BY deletedAt DESC LIMIT 1000`,
    )
    .all() as TrashItem[];
}

const RESTORE: Record<TrashKind, (db: Db, id: string) => void> = { company: restoreCompany, visit: restoreVisit, agreement: restoreAgreement, placementBatch: restoreBatch };
const PURGE: Record<TrashKind, (db: Db, id: string) => void> = { company: purgeCompany, visit: purgeVisit, agreement: purgeAgreement, placementBatch: purgeBatch };

export const restoreFromTrash = (db: Db, kind: TrashKind, id: string) => RESTORE[kind](db, id);
export const purgeFromTrash = (db: Db, kind: TrashKind, id: string) => PURGE[kind](db, id);
