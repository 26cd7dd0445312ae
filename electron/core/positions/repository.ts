// SQL for positions (岗位) and the job-type list they use.
import type { JobType, Position, PositionListInput, PositionValues, RoomAndBoardFromVisit } from '../../../shared/positions/schema';
import type { Db } from '../db/open';

interface PositionRecord {
  id: string; company_id: string; company_name: string; town_name: string | null; job_type_id: string; job_type_name: string;
  title: string; headcount: number; pay_min: number | null; pay_max: number | null; hours_per_day: number | null; days_per_week: number | null;
  shifts: Position['shifts']; hours_note: string | null; age_min: number | null; age_max: number | null; education: Position['education'];
  skills: string | null; certificates: string | null; room_included: number; board_included: number; suitable_for_rural: number;
  valid_from: string | null; valid_to: string | null; notes: string | null; created_at: string; updated_at: string;
}

const SELECT = `SELECT p.*, c.name AS company_name, t.name AS town_name, j.name AS job_type_name
  FROM positions p JOIN companies c ON c.id = p.company_id JOIN job_types j ON j.id = p.job_type_id LEFT JOIN lookups t ON t.id = c.town_id`;

const toPosition = (r: PositionRecord): Position => ({
  id: r.id, companyId: r.company_id, companyName: r.company_name, townName: r.town_name, jobTypeId: r.job_type_id, jobTypeName: r.job_type_name,
  title: r.title, headcount: r.headcount, payMin: r.pay_min, payMax: r.pay_max, hoursPerDay: r.hours_per_day, daysPerWeek: r.days_per_week,
  shifts: r.shifts, hoursNote: r.hours_note, ageMin: r.age_min, ageMax: r.age_max, education: r.education, skills: r.skills,
  certificates: r.certificates, roomIncluded: r.room_included === 1, boardIncluded: r.board_included === 1, suitableForRural: r.suitable_for_rural === 1,
  validFrom: r.valid_from, validTo: r.valid_to, notes: r.notes, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Room and board as the company's latest visit that noted either found them (dormitory → room, meals → board). */
export function roomAndBoardFromVisit(db: Db, companyId: string): RoomAndBoardFromVisit {
  const r = db
    .prepare(
      `SELECT id, visit_date, dorm_provided, meals_provided FROM visits
        WHERE company_id = ? AND deleted_at IS NULL AND (dorm_provided IS NOT NULL OR meals_provided IS NOT NULL)
        ORDER BY visit_date DESC, created_at DESC LIMIT 1`,
    )
    .get(companyId) as { id: string; visit_date: string; dorm_provided: number | null; meals_provided: number | null } | undefined;
  const fact = (v: number | null) => (v === null ? null : v === 1);
  return r ? { visitId: r.id, visitDate: r.visit_date, roomIncluded: fact(r.dorm_provided), boardIncluded: fact(r.meals_provided) } : null;
}

/** A live position (hidden once deleted). */
export function findPosition(db: Db, id: string): Position | null {
  const r = db.prepare(`${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as PositionRecord | undefined;
  return r ? toPosition(r) : null;
}

export function listPositions(db: Db, f: PositionListInput): Position[] {
  const where = ['p.deleted_at IS NULL', 'c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const filter = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (f.companyId) filter('p.company_id = ?', f.companyId);
  if (f.jobTypeId) filter('p.job_type_id = ?', f.jobTypeId);
  if (f.townId) filter('c.town_id = ?', f.townId);
  if (f.minPay !== null && f.minPay !== undefined) filter('coalesce(p.pay_max, p.pay_min) >= ?', f.minPay);
  if (f.roomAndBoard) where.push('p.room_included = 1 AND p.board_included = 1');
  const rows = db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.name_sort, j.sort_order, p.title, p.id`).all(...params) as PositionRecord[];
  return rows.map(toPosition);
}

const columns = (v: PositionValues) => ({
  companyId: v.companyId, jobTypeId: v.jobTypeId, title: v.title, headcount: v.headcount, payMin: v.payMin, payMax: v.payMax,
  hoursPerDay: v.hoursPerDay, daysPerWeek: v.daysPerWeek, shifts: v.shifts, hoursNote: v.hoursNote, ageMin: v.ageMin, ageMax: v.ageMax,
  education: v.education, skills: v.skills, certificates: v.certificates, roomIncluded: v.roomIncluded ? 1 : 0, boardIncluded: v.boardIncluded ? 1 : 0,
  suitableForRural: v.suitableForRural ? 1 : 0, validFrom: v.validFrom, validTo: v.validTo, notes: v.notes,
});

export function insertPosition(db: Db, id: string, v: PositionValues, at: string): void {
  db.prepare(
    `INSERT INTO positions (id, company_id, job_type_id, title, headcount, pay_min, pay_max, hours_per_day, days_per_week, shifts, hours_note,
       age_min, age_max, education, skills, certificates, room_included, board_included, suitable_for_rural, valid_from, valid_to, notes, created_at, updated_at)
     VALUES (@id, @companyId, @jobTypeId, @title, @headcount, @payMin, @payMax, @hoursPerDay, @daysPerWeek, @shifts, @hoursNote,
       @ageMin, @ageMax, @education, @skills, @certificates, @roomIncluded, @boardIncluded, @suitableForRural, @validFrom, @validTo, @notes, @at, @at)`,
  ).run({ id, at, ...columns(v) });
}

export function updatePosition(db: Db, id: string, v: PositionValues, at: string): void {
  db.prepare(
    `UPDATE positions SET company_id = @companyId, job_type_id = @jobTypeId, title = @title, headcount = @headcount, pay_min = @payMin, pay_max = @payMax,
       hours_per_day = @hoursPerDay, days_per_week = @daysPerWeek, shifts = @shifts, hours_note = @hoursNote, age_min = @ageMin, age_max = @ageMax,
       education = @education, skills = @skills, certificates = @certificates, room_included = @roomIncluded, board_included = @boardIncluded,
       suitable_for_rural = @suitableForRural, valid_from = @validFrom, valid_to = @validTo, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...columns(v) });
}

/** `deletedAt` null restores it. */
export function setPositionDeleted(db: Db, id: string, deletedAt: string | null, at: string): void {
  db.prepare('UPDATE positions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

export function listJobTypes(db: Db): JobType[] {
  return db
    .prepare(
      `SELECT j.id, j.name, (SELECT count(*) FROM positions p WHERE p.job_type_id = j.id AND p.deleted_at IS NULL) AS inUse
         FROM job_types j WHERE j.deleted_at IS NULL ORDER BY j.sort_order, j.name`,
    )
    .all() as JobType[];
}

export const jobTypeExists = (db: Db, id: string) => !!db.prepare('SELECT 1 FROM job_types WHERE id = ? AND deleted_at IS NULL').get(id);
