// The records that go with a record deleted for good (by the foreign keys' cascades), for
// clearing their audit rows too. Read before the delete, while they still exist.
import type { TrashKind } from '../../../shared/trash/schema';
import type { Db } from '../db/open';

const ids = (db: Db, sql: string, id: string): string[] => (db.prepare(sql).all({ id }) as { id: string }[]).map((r) => r.id);

const VISIT_AND_FOLLOW_UPS = `SELECT @id AS id UNION ALL SELECT id FROM follow_ups WHERE visit_id = @id`;

const DEPENDENTS: Record<TrashKind, string> = {
  company: `SELECT @id AS id
    UNION ALL SELECT id FROM visits WHERE company_id = @id
    UNION ALL SELECT f.id FROM follow_ups f JOIN visits v ON v.id = f.visit_id WHERE v.company_id = @id
    UNION ALL SELECT id FROM vettings WHERE company_id = @id
    UNION ALL SELECT p.id FROM vetting_photos p JOIN vettings v ON v.id = p.vetting_id WHERE v.company_id = @id
    UNION ALL SELECT a.id FROM vetting_actions a JOIN vettings v ON v.id = a.vetting_id WHERE v.company_id = @id
    UNION ALL SELECT id FROM positions WHERE company_id = @id`,
  visit: VISIT_AND_FOLLOW_UPS,
  // A trip's participants are audited under the trip's id, its outcomes under their item's id.
  trip: `SELECT @id AS id UNION ALL SELECT id FROM trip_members WHERE trip_id = @id UNION ALL SELECT id FROM itinerary_items WHERE trip_id = @id`,
  position: `SELECT @id AS id`,
  agreement: `SELECT @id AS id UNION ALL SELECT id FROM agreement_documents WHERE agreement_id = @id UNION ALL SELECT id FROM agreement_targets WHERE agreement_id = @id`,
  placementBatch: `SELECT @id AS id UNION ALL SELECT id FROM retention_checkins WHERE batch_id = @id`,
};

export const purgedWith = (db: Db, kind: TrashKind, id: string): string[] => ids(db, DEPENDENTS[kind], id);
