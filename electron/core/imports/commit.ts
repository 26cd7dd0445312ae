// The write: every record of the plan through the companies and positions services (their
// checks, audit entries and search index), inside ONE outer transaction, so a failure on any
// record leaves the workspace as it was. Duplicates are skipped or updated as the user chose.
// The services' in-transaction variants are used: a savepoint per record would only copy pages
// into a statement journal, and the outer transaction is all or nothing anyway.
import { companyInput, type Company, type CompanyInput } from '../../../shared/companies/schema';
import type { DuplicateChoice, ImportResult } from '../../../shared/imports/schema';
import { positionInput, type Position, type PositionInput } from '../../../shared/positions/schema';
import * as companies from '../companies/service';
import type { Db } from '../db/open';
import * as positions from '../positions/service';
import type { CompanyRecord, ImportPlan, PositionRecord } from './plan';

export function commitPlan(db: Db, plan: ImportPlan, duplicates: DuplicateChoice, onRecord?: (done: number) => void): ImportResult {
  const result: ImportResult = { created: 0, updated: 0, skipped: 0, failed: plan.problemRecords };
  db.transaction(() => {
    plan.records.forEach((r, i) => {
      if (r.existingId && duplicates === 'skip') result.skipped += 1;
      else result[r.kind === 'company' ? writeCompany(db, r) : writePosition(db, r)] += 1;
      onRecord?.(i + 1);
    });
  })();
  return result;
}

function writeCompany(db: Db, r: CompanyRecord): 'created' | 'updated' {
  if (!r.existingId) {
    companies.insertNewCompany(db, companyInput.parse(r.input));
    return 'created';
  }
  const before = companies.getCompany(db, r.existingId);
  companies.changeCompany(db, before.id, companyInput.parse(mergeCompany(before, r)));
  return 'updated';
}

/** An update changes the fields the file fills and adds its contacts; the name and status stay (the match may be by credit code). */
export function mergeCompany(before: Company, r: CompanyRecord): CompanyInput {
  const has = (f: string) => r.filled.has(f);
  const contacts: NonNullable<CompanyInput['contacts']> = before.contacts.map((c) => ({ id: c.id, name: c.name, role: c.role, phone: c.phone, note: c.note }));
  for (const c of r.input.contacts ?? []) {
    const same = contacts.find((k) => k.name === c.name);
    if (same) Object.assign(same, { role: c.role ?? same.role, phone: c.phone ?? same.phone });
    else contacts.push({ name: c.name, role: c.role ?? null, phone: c.phone ?? null });
  }
  return {
    name: before.name,
    creditCode: has('creditCode') ? r.input.creditCode : before.creditCode,
    townId: has('town') ? r.input.townId : before.townId,
    industryId: has('industry') ? r.input.industryId : before.industryId,
    headcount: has('headcount') ? r.input.headcount : before.headcount,
    address: has('address') ? r.input.address : before.address,
    tags: has('tags') ? [...new Set([...before.tags, ...(r.input.tags ?? [])])] : before.tags,
    status: before.status,
    notes: has('notes') ? r.input.notes : before.notes,
    contacts,
  };
}

function writePosition(db: Db, r: PositionRecord): 'created' | 'updated' {
  if (!r.existingId) {
    positions.insertNewPosition(db, positionInput.parse(r.input));
    return 'created';
  }
  const before = positions.getPosition(db, r.existingId);
  positions.changePosition(db, before.id, positionInput.parse(mergePosition(before, r)));
  return 'updated';
}

function mergePosition(before: Position, r: PositionRecord): PositionInput {
  const has = (f: string) => r.filled.has(f);
  const { id: _id, companyName: _c, townName: _t, jobTypeName: _j, createdAt: _a, updatedAt: _u, ...kept } = before;
  const payFromRange = has('pay');
  return {
    ...kept,
    headcount: has('headcount') ? r.input.headcount : before.headcount,
    payMin: has('payMin') || payFromRange ? r.input.payMin : before.payMin,
    payMax: has('payMax') || payFromRange ? r.input.payMax : before.payMax,
    hoursPerDay: has('hoursPerDay') ? r.input.hoursPerDay : before.hoursPerDay,
    daysPerWeek: has('daysPerWeek') ? r.input.daysPerWeek : before.daysPerWeek,
    roomIncluded: has('roomIncluded') ? r.input.roomIncluded : before.roomIncluded,
    boardIncluded: has('boardIncluded') ? r.input.boardIncluded : before.boardIncluded,
    notes: has('notes') ? r.input.notes : before.notes,
  };
}
