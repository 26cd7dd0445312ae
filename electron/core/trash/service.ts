// The trash: every kind of deleted record (companies, visits, trips, positions, agreements,
// arrival batches), newest first, restorable or deleted for good. Deleting for good also
// clears the values from the audit rows of the record and what went with it, and checkpoints
// the WAL so the old pages leave the -wal file (secure_delete zeroes them in the database).
import type { TrashItem, TrashKind } from '../../../shared/trash/schema';
import { purgeAgreement, restoreAgreement } from '../agreements/service';
import { forgetAuditValues } from '../audit/audit';
import { purgeCompany, restoreCompany } from '../companies/service';
import { checkpointAfterRemoval } from '../db/checkpoint';
import type { Db } from '../db/open';
import { purgeBatch, restoreBatch } from '../placements/service';
import { purgePosition, restorePosition } from '../positions/service';
import { purgeTrip, restoreTrip } from '../trips/service';
import { purgeVisit, restoreVisit } from '../visits/service';
import { parkedDuplicateSql } from '../sync/parked';
import { purgedWith } from './dependents';

export function listTrash(db: Db): TrashItem[] {
  return db
    .prepare(
      `SELECT 'company' AS kind, id, name AS title, credit_code AS detail, deleted_at AS deletedAt
         FROM companies WHERE deleted_at IS NOT NULL AND NOT ${parkedDuplicateSql('companies', 'companies.id')}
       UNION ALL
       SELECT 'visit', v.id, c.name, v.visit_date || coalesce(' · ' || v.purpose, ''), v.deleted_at
         FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.deleted_at IS NOT NULL
       UNION ALL
       SELECT 'trip', id, title, start_date || ' – ' || end_date, deleted_at FROM trips WHERE deleted_at IS NOT NULL
       UNION ALL
       SELECT 'position', p.id, p.title, c.name, p.deleted_at
         FROM positions p JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NOT NULL
       UNION ALL
       SELECT 'agreement', id, title, signed_on, deleted_at FROM agreements WHERE deleted_at IS NOT NULL
       UNION ALL
       SELECT 'placementBatch', b.id, b.arrived_on || ' · ' || p.name, NULL, b.deleted_at
         FROM placement_batches b JOIN prefectures p ON p.id = b.prefecture_id WHERE b.deleted_at IS NOT NULL
       ORDER BY deletedAt DESC LIMIT 1000`,
    )
    .all() as TrashItem[];
}

const RESTORE: Record<TrashKind, (db: Db, id: string) => void> = {
  company: restoreCompany, visit: restoreVisit, trip: restoreTrip, position: restorePosition, agreement: restoreAgreement, placementBatch: restoreBatch,
};
const PURGE: Record<TrashKind, (db: Db, id: string) => void> = {
  company: purgeCompany, visit: purgeVisit, trip: purgeTrip, position: purgePosition, agreement: purgeAgreement, placementBatch: purgeBatch,
};

export const restoreFromTrash = (db: Db, kind: TrashKind, id: string) => RESTORE[kind](db, id);

export function purgeFromTrash(db: Db, kind: TrashKind, id: string): void {
  db.transaction(() => {
    const gone = purgedWith(db, kind, id);
    PURGE[kind](db, id);
    forgetAuditValues(db, gone);
  })();
  checkpointAfterRemoval(db);
}
