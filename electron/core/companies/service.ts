// Use cases for companies: the rules (unique name and credit code, status moves,
// known towns and industries), the transaction, the search index and the audit trail.
import type { Company, CompanyValues } from '../../../shared/companies/schema';
import { canMoveStatus } from '../../../shared/companies/status';
import { conflictOn, fail } from '../../../shared/result';
import { created, diff, recordAudit } from '../audit/audit';
import { checkpointAfterRemoval } from '../db/checkpoint';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { assertLookup } from '../lookups/service';
import { reindexVisit, unindexVisit } from '../visits/repository';
import { unindexVisitsOfCompany } from '../visits/search';
import { parkedDuplicateSql } from '../sync/parked';
import * as repo from './repository';

const ENTITY = 'company';

/** What the audit trail keeps of a company. Contacts appear by count only: they are private persons. */
const auditView = (c: Company) => ({
  name: c.name,
  creditCode: c.creditCode,
  townId: c.townId,
  industryId: c.industryId,
  headcount: c.headcount,
  address: c.address,
  tags: c.tags,
  status: c.status,
  notes: c.notes,
  contacts: c.contacts.length,
});

/** The search index holds the visits of live companies only, and finds them by the company's name and town. */
/** A colleague's duplicate kept aside by team sync: not a trashed company (sync/parked.ts). */
const keptAside = (db: Db, id: string): boolean => (db.prepare(`SELECT ${parkedDuplicateSql('companies', '?')} AS p`).get(id) as { p: number }).p === 1;

function reindexVisitsOf(db: Db, companyId: string): void {
  for (const { id } of db.prepare('SELECT id FROM visits WHERE company_id = ? AND deleted_at IS NULL').all(companyId) as { id: string }[]) reindexVisit(db, id);
}

export function getCompany(db: Db, id: string): Company {
  const c = repo.findCompany(db, id);
  if (!c || c.deletedAt) return fail('NOT_FOUND', 'companyNotFound');
  return c;
}

function checkUnique(db: Db, v: Pick<CompanyValues, 'name' | 'creditCode'>, exceptId: string | null): void {
  if (repo.companyIdByName(db, v.name, exceptId)) conflictOn('name', 'companyNameTaken', { name: v.name });
  if (v.creditCode && repo.companyIdByCreditCode(db, v.creditCode, exceptId)) conflictOn('creditCode', 'creditCodeTaken');
}

/** New references must be on their lists; one the company already has may have been removed from its list since. */
function checkReferences(db: Db, v: CompanyValues, before?: Company): void {
  if (v.townId && v.townId !== before?.townId) assertLookup(db, 'town', v.townId, 'townId');
  if (v.industryId && v.industryId !== before?.industryId) assertLookup(db, 'industry', v.industryId, 'industryId');
}

export function createCompany(db: Db, v: CompanyValues): Company {
  return db.transaction(() => insertNewCompany(db, v))();
}

/**
 * createCompany's work, inside a transaction the caller holds: for writing many records in one
 * (the import). A transaction of its own inside the caller's would be a savepoint, which copies
 * every page it touches into a statement journal first (a third of a 10,000-company import).
 */
export function insertNewCompany(db: Db, v: CompanyValues): Company {
  checkUnique(db, v, null);
  checkReferences(db, v);
  const id = newId();
  const at = nowIso();
  repo.insertCompany(db, id, v, at);
  repo.replaceContacts(db, id, v.contacts, at);
  repo.reindexCompany(db, id);
  const c = getCompany(db, id);
  recordAudit(db, ENTITY, id, 'create', created(auditView(c)));
  return c;
}

export function updateCompany(db: Db, id: string, v: CompanyValues): Company {
  const before = repo.findCompany(db, id);
  const after = db.transaction(() => changeCompany(db, id, v))();
  // A contact taken off the list (or whose name, phone or note changed) is a person's data
  // removed: its old pages leave the -wal too.
  const gone = before?.contacts.some((k) => {
    const a = after.contacts.find((x) => x.id === k.id);
    return !a || a.name !== k.name || a.phone !== k.phone || a.note !== k.note;
  });
  if (gone) checkpointAfterRemoval(db);
  return after;
}

/** updateCompany's work, inside a transaction the caller holds (see insertNewCompany). */
export function changeCompany(db: Db, id: string, v: CompanyValues): Company {
  const before = getCompany(db, id);
  if (!canMoveStatus(before.status, v.status)) {
    fail('VALIDATION', 'statusMoveNotAllowed', undefined, [{ path: ['status'], key: 'statusMoveNotAllowed', params: { from: before.status, to: v.status } }]);
  }
  checkUnique(db, v, id);
  checkReferences(db, v, before);
  const at = nowIso();
  repo.updateCompany(db, id, v, at);
  repo.replaceContacts(db, id, v.contacts, at);
  repo.reindexCompany(db, id);
  // Visits are found by their company's name, and filtered by its town, in the search index too.
  if (before.name !== v.name || before.townId !== v.townId) reindexVisitsOf(db, id);
  const after = getCompany(db, id);
  const changes = diff(auditView(before), auditView(after));
  // Contacts are counted, not copied; an edit that keeps the count still shows as a contacts change.
  if (!changes.contacts && JSON.stringify(before.contacts) !== JSON.stringify(after.contacts)) {
    changes.contacts = [before.contacts.length, after.contacts.length];
  }
  recordAudit(db, ENTITY, id, 'update', changes);
  return after;
}

/** Soft delete: the company and its visits leave every list and wait in the trash. */
export function deleteCompany(db: Db, id: string): void {
  db.transaction(() => {
    getCompany(db, id);
    repo.setCompanyDeleted(db, id, nowIso(), nowIso());
    repo.reindexCompany(db, id);
    unindexVisitsOfCompany(db, id);
    recordAudit(db, ENTITY, id, 'delete');
  })();
}

export function restoreCompany(db: Db, id: string): void {
  db.transaction(() => {
    const c = repo.findCompany(db, id);
    if (!c || !c.deletedAt || keptAside(db, id)) return fail('NOT_FOUND', 'companyNotFound');
    // While it was in the trash another company may have taken its name or code.
    checkUnique(db, c, id);
    repo.setCompanyDeleted(db, id, null, nowIso());
    repo.reindexCompany(db, id);
    reindexVisitsOf(db, id);
    recordAudit(db, ENTITY, id, 'restore');
  })();
}

/** Deletes a company for good, with its contacts, visits and follow-ups (only from the trash). */
export function purgeCompany(db: Db, id: string): void {
  db.transaction(() => {
    const c = repo.findCompany(db, id);
    if (!c || !c.deletedAt || keptAside(db, id)) return fail('NOT_FOUND', 'companyNotFound');
    // Arrival batches name the workers it took: the placement figures must not lose them.
    const batches = (db.prepare('SELECT count(*) AS n FROM placement_employers WHERE company_id = ?').get(id) as { n: number }).n;
    if (batches > 0) fail('CONFLICT', 'companyHasPlacements', { count: batches });
    // Out of the search index first: its rows reference the records about to go.
    repo.reindexCompany(db, id);
    const visitIds = db.prepare('SELECT id FROM visits WHERE company_id = ?').all(id) as { id: string }[];
    for (const v of visitIds) unindexVisit(db, v.id);
    db.prepare('DELETE FROM companies WHERE id = ?').run(id);
    recordAudit(db, ENTITY, id, 'purge');
  })();
}
