// A company's change history: its own audit entries and those of its visits and vettings,
// newest first, so the company page tells the whole story in one place ("状态：已走访 → 审核通过",
// the visit that moved it, the vetting signed off after it). The values are the audit trail's:
// people's data was never kept there, only that it changed (personFields.ts).
import type { CompanyHistory, CompanyHistoryEntry } from '../../../shared/audit/schema';
import type { Db } from '../db/open';
import type { Changes } from './audit';

interface Row {
  id: string; at: string; staff_id: string | null; staff_name: string | null; entity: string; entity_id: string;
  action: CompanyHistoryEntry['action']; changes: string; subject: CompanyHistoryEntry['subject']; subject_date: string | null; subject_open: number;
}

/** The company's fields whose values are ids of the editable lists (towns, industries): named for the reader. */
const LOOKUP_FIELDS = ['townId', 'industryId'] as const;

export function companyHistory(db: Db, companyId: string, limit: number): CompanyHistory {
  // One indexed lookup per subject (audit_by_entity); a vetting's answers are saved one by one and
  // would bury everything else, so only its start (create) and its sign-off are its history here.
  const rows = db
    .prepare(
      `WITH subjects (subject, entity, id, subject_date, subject_open) AS (
         SELECT 'company', 'company', @companyId, NULL, 0
         UNION ALL SELECT 'visit', 'visit', id, visit_date, deleted_at IS NULL FROM visits WHERE company_id = @companyId
         -- A vetting is named by the date the company's vetting list shows: signed off on, else done on.
         UNION ALL SELECT 'vetting', 'vetting', id, coalesce(signed_off_on, date(signed_off_at, 'localtime'), vetted_on, date(created_at, 'localtime')), 1
           FROM vettings WHERE company_id = @companyId
       )
       SELECT a.id, a.at, a.staff_id, st.name AS staff_name, a.entity, a.entity_id, a.action, a.changes, s.subject, s.subject_date, s.subject_open
         FROM subjects s
         JOIN audit a ON a.entity_id = s.id AND a.entity = s.entity
         LEFT JOIN staff st ON st.id = a.staff_id
        WHERE s.subject <> 'vetting' OR a.action <> 'update' OR json_extract(a.changes, '$.status[1]') = 'signedOff'
        ORDER BY a.id DESC LIMIT @limit`,
    )
    .all({ companyId, limit }) as Row[];
  const entries = rows.map((r): CompanyHistoryEntry => ({
    id: r.id, at: r.at, staffId: r.staff_id, staffName: r.staff_name, entity: r.entity, entityId: r.entity_id, action: r.action,
    changes: JSON.parse(r.changes) as Changes,
    subject: r.subject, subjectDate: r.subject_date, subjectOpen: r.subject_open === 1,
  }));
  return { entries, names: lookupNames(db, entries) };
}

/** The names of the towns and industries the company's entries refer to, those since removed from their lists too. */
function lookupNames(db: Db, entries: readonly CompanyHistoryEntry[]): Record<string, string> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.subject !== 'company') continue;
    for (const f of LOOKUP_FIELDS) for (const v of e.changes[f] ?? []) if (typeof v === 'string') ids.add(v);
  }
  const name = db.prepare('SELECT name FROM lookups WHERE id = ?');
  const names: Record<string, string> = {};
  for (const id of ids) {
    const r = name.get(id) as { name: string } | undefined;
    if (r) names[id] = r.name;
  }
  return names;
}
