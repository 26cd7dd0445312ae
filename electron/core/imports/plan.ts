// The preview: every row read through the mapping, checked with the same schemas the forms and
// channels use (companyInput, positionInput) plus the core's own rules (known town, industry,
// company and job type; no duplicate name or credit code), and sorted into records to create,
// duplicates of existing records, and rows with problems. The commit runs the same plan again.
import { companyInput, type CompanyInput } from '../../../shared/companies/schema';
import { companyNameKey } from '../../../shared/companies/names';
import type { ImportDuplicate, ImportMapping, ImportProblem, ImportTarget } from '../../../shared/imports/schema';
import { REQUIRED_FIELDS } from '../../../shared/imports/schema';
import { toFieldIssues } from '../../../shared/result';
import { positionInput, type PositionInput } from '../../../shared/positions/schema';
import { companyIdByCreditCode, companyIdByName } from '../companies/repository';
import type { Db } from '../db/open';
import { listLookups } from '../lookups/service';
import { listJobTypes } from '../positions/repository';
import { type Cell, type Read, cellText, readNumber, readPayRange, readTags, readYesNo } from './cells';
import type { SheetData, SheetRow } from './read';

export interface CompanyRecord {
  kind: 'company';
  rows: number[];
  label: string;
  input: CompanyInput;
  /** Fields the file fills (an update changes only these). */
  filled: Set<string>;
  existingId: string | null;
}
export interface PositionRecord {
  kind: 'position';
  rows: number[];
  label: string;
  input: PositionInput;
  filled: Set<string>;
  existingId: string | null;
}
export type ImportRecord = CompanyRecord | PositionRecord;

export interface ImportPlan {
  rows: number;
  /** Records without problems: to create, or (duplicates) to skip or update. */
  records: ImportRecord[];
  recordCount: number;
  problemRecords: number;
  problemRows: number;
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
}

/** Stands in for an unknown company or job type so the schema still checks the other fields; that problem is reported by name. */
const UNKNOWN_ID = '00000000-0000-7000-8000-000000000000';

class Problems {
  readonly list: ImportProblem[] = [];
  add(row: SheetRow, label: string, field: string, key: string, value: Cell | string, params?: ImportProblem['params']) {
    this.list.push({ row: row.n, label, field, key, value: typeof value === 'string' ? value : cellText(value), ...(params ? { params } : {}) });
  }
}

/** A reader over one row through the mapping. */
function fieldsOf(row: SheetRow, mapping: ImportMapping) {
  const cell = (field: string): Cell => {
    const col = mapping[field];
    return col === null || col === undefined ? null : (row.cells[col] ?? null);
  };
  return { cell, text: (field: string) => cellText(cell(field)), has: (field: string) => mapping[field] !== null && mapping[field] !== undefined };
}

function take<T>(r: Read<T>, onProblem: (key: string, params?: Record<string, string | number>) => void): T | null {
  if ('value' in r) return r.value;
  onProblem(r.problem, r.params);
  return null;
}

/** A schema issue's path → the mapped field it came from. */
function fieldOfPath(path: (string | number)[], target: ImportTarget, mapping: ImportMapping): string {
  const [head, , sub] = path;
  if (target === 'companies') {
    if (head === 'contacts') return sub === 'role' ? 'contactRole' : sub === 'phone' ? 'contactPhone' : 'contactName';
    if (head === 'townId') return 'town';
    if (head === 'industryId') return 'industry';
    return String(head ?? 'name');
  }
  if (head === 'companyId') return 'company';
  if (head === 'jobTypeId') return 'jobType';
  if ((head === 'payMin' || head === 'payMax') && !mapping[head] && mapping.pay !== null && mapping.pay !== undefined) return 'pay';
  return String(head ?? 'title');
}

export function missingRequired(target: ImportTarget, mapping: ImportMapping): string[] {
  return REQUIRED_FIELDS[target].filter((f) => mapping[f] === null || mapping[f] === undefined);
}

/** Called every few hundred rows: a job yields there (and may stop) so the window stays responsive. */
export type Tick = (done: number, total: number) => Promise<void>;
const TICK_EVERY = 500;
const noTick: Tick = async () => {};

export function planImport(db: Db, target: ImportTarget, sheet: SheetData, mapping: ImportMapping, tick: Tick = noTick): Promise<ImportPlan> {
  return target === 'companies' ? planCompanies(db, sheet, mapping, tick) : planPositions(db, sheet, mapping, tick);
}

function summarize(rows: number, groups: { rows: SheetRow[]; record: ImportRecord | null }[], problems: Problems, duplicates: ImportDuplicate[]): ImportPlan {
  const withProblems = new Set(problems.list.map((p) => p.row));
  const records: ImportRecord[] = [];
  let problemRecords = 0;
  for (const g of groups) {
    if (!g.record || g.rows.some((r) => withProblems.has(r.n))) problemRecords += 1;
    else records.push(g.record);
  }
  const kept = new Set(records.map((r) => r.rows[0]));
  problems.list.sort((a, b) => a.row - b.row);
  return {
    rows,
    records,
    recordCount: groups.length,
    problemRecords,
    problemRows: withProblems.size,
    problems: problems.list,
    duplicates: duplicates.filter((d) => kept.has(d.row)),
  };
}

// ── Companies: rows naming the same company make one record, each row adding its contact ──

async function planCompanies(db: Db, sheet: SheetData, mapping: ImportMapping, tick: Tick): Promise<ImportPlan> {
  const towns = new Map(listLookups(db, 'town').map((t) => [t.name, t.id]));
  const industries = new Map(listLookups(db, 'industry').map((t) => [t.name, t.id]));
  const problems = new Problems();
  const duplicates: ImportDuplicate[] = [];
  const byName = new Map<string, { rows: SheetRow[]; record: CompanyRecord | null }>();
  const groups: { rows: SheetRow[]; record: CompanyRecord | null }[] = [];
  const codesSeen = new Map<string, number>();

  for (const [i, row] of sheet.rows.entries()) {
    if (i % TICK_EVERY === 0) await tick(i, sheet.rows.length * 2);
    const f = fieldsOf(row, mapping);
    const name = f.text('name');
    if (!name) {
      problems.add(row, '', 'name', 'required', '');
      groups.push({ rows: [row], record: null });
      continue;
    }
    const contact = f.text('contactName')
      ? { name: f.text('contactName'), role: f.text('contactRole') || null, phone: f.text('contactPhone') || null }
      : null;
    const key = companyNameKey(name);
    const same = byName.get(key);
    if (same) {
      // Another row of a company already in the file: it adds a contact.
      same.rows.push(row);
      // The same person on two rows is one contact; a row may fill in their role or phone.
      const known = contact && same.record?.input.contacts!.find((c) => c.name === contact.name);
      if (known) Object.assign(known, { role: known.role ?? contact.role, phone: known.phone ?? contact.phone });
      else if (contact && same.record) same.record.input.contacts!.push(contact);
      const code = f.text('creditCode');
      if (code && same.record?.input.creditCode && code.replace(/\s/g, '').toUpperCase() !== same.record.input.creditCode.replace(/\s/g, '').toUpperCase()) {
        problems.add(row, name, 'creditCode', 'importConflictsWithRow', code, { row: same.rows[0]!.n });
      }
      continue;
    }
    const onProblem = (field: string) => (key: string, params?: Record<string, string | number>) => problems.add(row, name, field, key, f.cell(field), params);
    const town = f.text('town');
    const industry = f.text('industry');
    if (town && !towns.has(town)) problems.add(row, name, 'town', 'unknownTown', town, { name: town });
    if (industry && !industries.has(industry)) problems.add(row, name, 'industry', 'unknownIndustry', industry, { name: industry });
    const input: CompanyInput = {
      name,
      creditCode: f.text('creditCode') || null,
      townId: town ? (towns.get(town) ?? null) : null,
      industryId: industry ? (industries.get(industry) ?? null) : null,
      headcount: take(readNumber(f.cell('headcount')), onProblem('headcount')),
      address: f.text('address') || null,
      tags: readTags(f.cell('tags')),
      notes: f.text('notes') || null,
      contacts: contact ? [contact] : [],
    };
    const filled = new Set(Object.keys(mapping).filter((k) => f.has(k) && f.text(k) !== ''));
    const record: CompanyRecord = { kind: 'company', rows: [row.n], label: name, input, filled, existingId: null };
    const group = { rows: [row], record };
    byName.set(key, group);
    groups.push(group);
  }

  for (const [i, g] of groups.entries()) {
    if (i % TICK_EVERY === 0) await tick(sheet.rows.length + Math.round((i / groups.length) * sheet.rows.length), sheet.rows.length * 2);
    const record = g.record;
    if (!record) continue;
    const first = g.rows[0]!;
    record.rows = g.rows.map((r) => r.n);
    const parsed = companyInput.safeParse(record.input);
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error.issues)) {
        const field = fieldOfPath(issue.path, 'companies', mapping);
        // A contact's problem belongs to the row that brought the contact.
        const row = issue.path[0] === 'contacts' ? (contactRow(g.rows, mapping, Number(issue.path[1])) ?? first) : first;
        problems.add(row, record.label, field, issue.key, fieldsOf(row, mapping).cell(field), issue.params);
      }
      continue;
    }
    const v = parsed.data;
    if (v.creditCode) {
      const earlier = codesSeen.get(v.creditCode);
      if (earlier !== undefined) problems.add(first, record.label, 'creditCode', 'duplicateInFile', v.creditCode, { row: earlier });
      else codesSeen.set(v.creditCode, first.n);
    }
    const byNameId = companyIdByName(db, v.name, null);
    const byCodeId = v.creditCode ? companyIdByCreditCode(db, v.creditCode, null) : null;
    if (byNameId && byCodeId && byNameId !== byCodeId) {
      problems.add(first, record.label, 'creditCode', 'importMatchesTwoCompanies', v.creditCode ?? '');
      continue;
    }
    const existingId = byNameId ?? byCodeId;
    if (existingId) {
      record.existingId = existingId;
      const existing = db.prepare('SELECT name FROM companies WHERE id = ?').get(existingId) as { name: string };
      duplicates.push({ row: first.n, label: record.label, existing: existing.name, by: byNameId ? 'name' : 'creditCode' });
    }
  }
  return summarize(sheet.rows.length, groups, problems, duplicates);
}

/** The row the i-th contact of a group came from (rows without a contact name add none). */
function contactRow(rows: SheetRow[], mapping: ImportMapping, i: number): SheetRow | undefined {
  return rows.filter((r) => fieldsOf(r, mapping).text('contactName'))[i];
}

// ── Positions: one row, one position of a company already in the workspace ──

async function planPositions(db: Db, sheet: SheetData, mapping: ImportMapping, tick: Tick): Promise<ImportPlan> {
  const jobTypes = new Map(listJobTypes(db).map((j) => [j.name, j.id]));
  const problems = new Problems();
  const duplicates: ImportDuplicate[] = [];
  const groups: { rows: SheetRow[]; record: PositionRecord | null }[] = [];
  const companyIds = new Map<string, string | null>();
  const seen = new Map<string, number>();
  const existingPosition = db.prepare('SELECT id FROM positions WHERE company_id = ? AND job_type_id = ? AND title = ? AND deleted_at IS NULL LIMIT 1');

  for (const [i, row] of sheet.rows.entries()) {
    if (i % TICK_EVERY === 0) await tick(i, sheet.rows.length);
    const f = fieldsOf(row, mapping);
    const companyName = f.text('company');
    const title = f.text('title');
    const label = [companyName, title].filter(Boolean).join(' · ');
    const onProblem = (field: string) => (key: string, params?: Record<string, string | number>) => problems.add(row, label, field, key, f.cell(field), params);
    if (!companyName) problems.add(row, label, 'company', 'required', '');
    let companyId: string | null = null;
    if (companyName) {
      if (!companyIds.has(companyName)) companyIds.set(companyName, companyIdByName(db, companyName, null));
      companyId = companyIds.get(companyName)!;
      if (!companyId) problems.add(row, label, 'company', 'unknownCompany', companyName, { name: companyName });
    }
    const jobTypeName = f.text('jobType');
    const jobTypeId = jobTypeName ? (jobTypes.get(jobTypeName) ?? null) : null;
    if (!jobTypeName) problems.add(row, label, 'jobType', 'required', '');
    else if (!jobTypeId) problems.add(row, label, 'jobType', 'unknownJobType', jobTypeName, { name: jobTypeName });
    const pay = f.has('pay') ? take(readPayRange(f.cell('pay')), onProblem('pay')) : null;
    const input: PositionInput = {
      companyId: companyId ?? UNKNOWN_ID,
      jobTypeId: jobTypeId ?? UNKNOWN_ID,
      title,
      headcount: take(readNumber(f.cell('headcount')), onProblem('headcount')) as number,
      payMin: f.has('payMin') ? take(readNumber(f.cell('payMin')), onProblem('payMin')) : (pay?.min ?? null),
      payMax: f.has('payMax') ? take(readNumber(f.cell('payMax')), onProblem('payMax')) : (pay?.max ?? null),
      hoursPerDay: take(readNumber(f.cell('hoursPerDay')), onProblem('hoursPerDay')),
      daysPerWeek: take(readNumber(f.cell('daysPerWeek')), onProblem('daysPerWeek')),
      roomIncluded: take(readYesNo(f.cell('roomIncluded')), onProblem('roomIncluded')) ?? false,
      boardIncluded: take(readYesNo(f.cell('boardIncluded')), onProblem('boardIncluded')) ?? false,
      notes: f.text('notes') || null,
    };
    const before = problems.list.length;
    const parsed = positionInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error.issues)) {
        const field = fieldOfPath(issue.path, 'positions', mapping);
        // Unknown company or job type is already said by name; a number already said unreadable is not said twice.
        if (field === 'company' || field === 'jobType') continue;
        if (problems.list.some((p, i) => i < before && p.row === row.n && p.field === field)) continue;
        problems.add(row, label, field, issue.key, f.cell(field), issue.params);
      }
    }
    const filled = new Set(Object.keys(mapping).filter((k) => f.has(k) && f.text(k) !== ''));
    const record: PositionRecord = { kind: 'position', rows: [row.n], label, input, filled, existingId: null };
    groups.push({ rows: [row], record });
    if (companyId && jobTypeId && title) {
      const key = `${companyId}\u0000${jobTypeId}\u0000${title}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.add(row, label, 'title', 'duplicateInFile', title, { row: earlier });
      else seen.set(key, row.n);
      const existing = existingPosition.get(companyId, jobTypeId, title) as { id: string } | undefined;
      if (existing) {
        record.existingId = existing.id;
        duplicates.push({ row: row.n, label, existing: `${companyName} · ${title}`, by: 'title' });
      }
    }
  }
  return summarize(sheet.rows.length, groups, problems, duplicates);
}
