// "Remove this person everywhere": find a person's name and phone in every record, then clear
// them. The person's own records go (a contact) or keep their place with the name replaced
// (a delegation member, an itinerary's local contact, a staff member others' records name);
// texts that mention them have the name replaced and the phone taken out; audit rows that
// hold them keep only "changed". The visits, trips and vettings themselves stay.
import { CHANGED } from '../../../shared/audit/schema';
import { DELETED_PERSON, type PersonFindings, type PersonPlace, type PersonRef } from '../../../shared/people/schema';
import { fail } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import { reindexCompany } from '../companies/repository';
import { checkpointAfterRemoval } from '../db/checkpoint';
import type { Db } from '../db/open';
import { nowIso } from '../ids';
import { reindexVisit } from '../visits/repository';
import { currentStaffId } from '../workspace/settings';
import { TEXT_COLUMNS } from './texts';

interface Person { ref: PersonRef; name: string; phone: string | null }

const SOURCE: Record<PersonRef['kind'], string> = {
  staff: 'SELECT name, phone FROM staff WHERE id = ?',
  contact: 'SELECT name, phone FROM contacts WHERE id = ?',
  tripMember: 'SELECT name, phone FROM trip_members WHERE id = ?',
};

function person(db: Db, ref: PersonRef): Person {
  const r = db.prepare(SOURCE[ref.kind]).get(ref.id) as { name: string; phone: string | null } | undefined;
  if (!r || r.name === DELETED_PERSON) return fail('NOT_FOUND', 'personNotFound');
  return { ref, name: r.name, phone: r.phone || null };
}

/** SQL true when `column` holds the name or the phone. */
const mentions = (column: string) => `(instr(${column}, @name) > 0 OR (@phone IS NOT NULL AND instr(${column}, @phone) > 0))`;
/** SQL true when a record of the person's own kind is them: the same name, or the same phone. (`= NULL` is never true.) */
const isThem = (name: string, phone: string) => `(${name} = @name OR (@phone IS NOT NULL AND ${phone} = @phone))`;

const params = (p: Person) => ({ name: p.name, phone: p.phone, id: p.ref.id, staffId: p.ref.kind === 'staff' ? p.ref.id : null, contactId: p.ref.kind === 'contact' ? p.ref.id : null });

const CONTACTS = `FROM contacts k JOIN companies c ON c.id = k.company_id WHERE ${isThem('k.name', 'k.phone')} OR k.id = @contactId`;
const MEMBERS = `FROM trip_members m JOIN trips t ON t.id = m.trip_id
  WHERE m.name <> '${DELETED_PERSON}' AND (${isThem('m.name', 'm.phone')} OR m.id = @id OR m.staff_id = @staffId OR m.contact_id = @contactId)`;
const LOCAL_CONTACTS = `FROM itinerary_items i JOIN trips t ON t.id = i.trip_id
  WHERE i.local_contact = @name OR (@phone IS NOT NULL AND i.local_contact_phone = @phone)`;
const AUDIT = `FROM audit WHERE ${mentions('changes')}`;

export function findPerson(db: Db, ref: PersonRef): PersonFindings {
  const p = person(db, ref);
  const args = params(p);
  const places: PersonPlace[] = [];
  const add = (kind: PersonPlace['kind'], rows: { label: string; n?: number }[], field: string | null = null) => {
    for (const r of rows) places.push({ kind, label: r.label, field, count: r.n ?? 1 });
  };
  if (ref.kind === 'staff') {
    add('staff', db.prepare('SELECT name AS label FROM staff WHERE id = @id').all(args) as { label: string }[]);
    const visits = (db.prepare('SELECT count(*) AS n FROM visit_staff WHERE staff_id = @id').get(args) as { n: number }).n;
    if (visits > 0) add('visitStaff', [{ label: p.name, n: visits }]);
    const signed = (db.prepare('SELECT count(*) AS n FROM vettings WHERE signed_off_by = @id').get(args) as { n: number }).n;
    if (signed > 0) add('signOff', [{ label: p.name, n: signed }]);
  }
  add('contact', db.prepare(`SELECT c.name || ' · ' || k.name AS label ${CONTACTS} ORDER BY c.name_sort`).all(args) as { label: string }[]);
  add('tripMember', db.prepare(`SELECT t.title || ' · ' || m.name AS label ${MEMBERS} ORDER BY t.start_date`).all(args) as { label: string }[]);
  add('itineraryContact', db.prepare(`SELECT t.title || ' · ' || replace(i.starts_at, 'T', ' ') AS label ${LOCAL_CONTACTS} ORDER BY i.starts_at`).all(args) as { label: string }[]);
  for (const c of TEXT_COLUMNS) {
    const rows = db.prepare(`SELECT ${c.label} AS label FROM ${c.from} WHERE ${mentions(`${c.alias}.${c.column}`)}`).all(args) as { label: string }[];
    add('text', rows, c.field);
  }
  const audit = (db.prepare(`SELECT count(*) AS n ${AUDIT}`).get(args) as { n: number }).n;
  if (audit > 0) add('audit', [{ label: '', n: audit }]);
  return { name: p.name, phone: p.phone, places };
}

export function removePerson(db: Db, ref: PersonRef): { places: number } {
  const result = db.transaction(() => {
    const found = findPerson(db, ref);
    const p = person(db, ref);
    if (ref.kind === 'staff' && currentStaffId(db) === ref.id) fail('CONFLICT', 'cannotRemoveSelf');
    const args = params(p);
    const at = nowIso();
    const companies = new Set<string>();
    const visits = new Set<string>();

    for (const { id } of db.prepare(`SELECT DISTINCT k.company_id AS id ${CONTACTS}`).all(args) as { id: string }[]) companies.add(id);
    db.prepare(`DELETE FROM contacts WHERE id IN (SELECT k.id ${CONTACTS})`).run(args);
    db.prepare(`UPDATE trip_members SET name = '${DELETED_PERSON}', phone = NULL, contact_id = NULL, updated_at = @at WHERE id IN (SELECT m.id ${MEMBERS})`).run({ ...args, at });
    db.prepare(
      `UPDATE itinerary_items SET local_contact = CASE WHEN local_contact = @name THEN '${DELETED_PERSON}' ELSE local_contact END,
         local_contact_phone = CASE WHEN local_contact = @name OR local_contact_phone = @phone THEN NULL ELSE local_contact_phone END, updated_at = @at
       WHERE id IN (SELECT i.id ${LOCAL_CONTACTS})`,
    ).run({ ...args, at });
    if (ref.kind === 'staff') removeStaffRow(db, ref.id, at);
    for (const c of TEXT_COLUMNS) {
      const col = `${c.alias}.${c.column}`;
      if (c.reindex) {
        const ids = db.prepare(`SELECT DISTINCT ${c.reindex.id} AS id FROM ${c.from} WHERE ${mentions(col)}`).all(args) as { id: string }[];
        for (const { id } of ids) (c.reindex.kind === 'company' ? companies : visits).add(id);
      }
      db.prepare(
        `UPDATE ${c.table} SET ${c.column} = replace(CASE WHEN @phone IS NULL THEN ${c.column} ELSE replace(${c.column}, @phone, '') END, @name, '${DELETED_PERSON}')
          WHERE ${mentions(c.column)}`,
      ).run(args);
    }
    forgetInAudit(db, p);
    for (const id of companies) {
      reindexCompany(db, id);
      for (const { id: v } of db.prepare('SELECT id FROM visits WHERE company_id = ?').all(id) as { id: string }[]) visits.add(v);
    }
    for (const id of visits) reindexVisit(db, id);
    recordAudit(db, 'person', ref.id, 'purge', { places: [null, found.places.length] });
    return { places: found.places.length };
  })();
  checkpointAfterRemoval(db);
  return result;
}

/**
 * A staff member with no records left (no visit, follow-up, vetting, photo, template or
 * delegation names them) is deleted outright. One that records still name stays as a row,
 * nameless and off the list: those records go on saying "a staff member (已删除人员)". The
 * foreign keys decide which: the delete is tried in a savepoint and undone if one refuses it.
 */
function removeStaffRow(db: Db, id: string, at: string): void {
  try {
    db.transaction(() => db.prepare('DELETE FROM staff WHERE id = ?').run(id))();
  } catch (e) {
    if (!(e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw e;
    db.prepare(`UPDATE staff SET name = '${DELETED_PERSON}', title = NULL, phone = NULL, deleted_at = coalesce(deleted_at, ?), updated_at = ? WHERE id = ?`).run(at, at, id);
  }
}

/** Audit rows holding the name or phone keep "changed" in the fields that held them. */
function forgetInAudit(db: Db, p: Person): void {
  const rows = db.prepare(`SELECT id, changes ${AUDIT}`).all(params(p)) as { id: number; changes: string }[];
  const update = db.prepare('UPDATE audit SET changes = ? WHERE id = ?');
  const holds = (v: unknown) => {
    const text = JSON.stringify(v) ?? '';
    return text.includes(p.name) || (p.phone !== null && text.includes(p.phone));
  };
  for (const r of rows) {
    const changes = JSON.parse(r.changes) as Record<string, [unknown, unknown]>;
    for (const [field, [before, after]] of Object.entries(changes)) {
      changes[field] = [holds(before) ? CHANGED : before, holds(after) ? CHANGED : after];
    }
    update.run(JSON.stringify(changes), r.id);
  }
}
