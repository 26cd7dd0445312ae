// The export log: what left the workspace, when and by whom (Settings › 导出记录). Each way a
// file leaves (exports, reports, a scanned agreement, a template file, a saved copy, a backup elsewhere) calls recordExport once its
// file is in place, never before: a cancelled dialog or a failed write leaves no entry.
//
// Nothing personal goes in: the filter keeps ids, not names, and drops any free search text
// (it may be a person's name); the file is kept by its base name, which the user chose.
import path from 'node:path';
import type { ExportLogEntry, ExportLogKind, ExportLogPage, LoggedFilter } from '../../../shared/exportLog/schema';
import type { Db } from '../db/open';
import { rememberSavedFile } from '../files/savedFiles';
import { nowIso } from '../ids';
import type { WorkspaceSession } from '../workspace/session';
import { currentStaffId } from '../workspace/settings';

export interface ExportRecord {
  kind: ExportLogKind;
  what: string;
  /** The export's filter or the report's subject; see filterForLog. */
  filter?: Record<string, unknown>;
  rows?: number | null;
  /** Where the file was written; only its base name is kept. Absent for a report printed on paper. */
  path?: string;
}

/** Paging and order fields say nothing about what was exported. */
const NOT_A_FILTER = new Set(['offset', 'limit', 'after', 'sort']);

/**
 * The filter as logged: set fields only (no nulls, empty strings or a false switch), a search
 * text as `query: true`, a list of ids as its length.
 */
export function filterForLog(filter: Record<string, unknown> = {}): LoggedFilter {
  const out: LoggedFilter = {};
  for (const [key, v] of Object.entries(filter)) {
    if (NOT_A_FILTER.has(key) || v === null || v === undefined || v === '' || v === false) continue;
    if (key === 'query') out.query = true;
    else if (Array.isArray(v)) out[key] = v.length;
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

/** The base name of a path from this computer's dialogs (either separator on Windows). */
export const baseName = (p: string) => (process.platform === 'win32' ? path.win32.basename(p) : path.basename(p));

/**
 * Adds an entry for a file that has been written. A workspace open read-only (a backup being
 * viewed, a file in use elsewhere, a damaged one) cannot take it; the file is written all the
 * same, as before there was a log. `db` is the workspace the file came from (a job's, taken
 * when it started).
 */
export function recordExport(session: WorkspaceSession, r: ExportRecord, db = session.db): void {
  // Every file that leaves goes through here: the one place 打开文件 / 打开所在文件夹 learn of it.
  if (r.path) rememberSavedFile(session, r.path, db);
  // A job that outlived its workspace (another one opened meanwhile) has nowhere to write.
  if (!session.writable || session.db !== db) return;
  db.prepare('INSERT INTO export_log (at, staff_id, kind, what, filter, rows, file_name) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    nowIso(),
    currentStaffId(db),
    r.kind,
    r.what,
    JSON.stringify(filterForLog(r.filter)),
    r.rows ?? null,
    r.path ? baseName(r.path) : '',
  );
}

/** Filter fields holding an id, and the name each stands for when the log is read. */
const NAMES: Record<string, string> = {
  townId: 'SELECT name FROM lookups WHERE id = ?',
  industryId: 'SELECT name FROM lookups WHERE id = ?',
  staffId: 'SELECT name FROM staff WHERE id = ?',
  companyId: 'SELECT name FROM companies WHERE id = ?',
  tripId: 'SELECT title AS name FROM trips WHERE id = ?',
  prefectureId: 'SELECT name FROM prefectures WHERE id = ?',
  jobTypeId: 'SELECT name FROM job_types WHERE id = ?',
  agreementId: 'SELECT title AS name FROM agreements WHERE id = ?',
};

/** Ids turned into today's names (null where the record is gone: a purged person leaves no name here). */
function named(db: Db, filter: LoggedFilter): LoggedFilter {
  const out: LoggedFilter = {};
  for (const [key, v] of Object.entries(filter)) {
    const sql = NAMES[key];
    out[key] = sql && typeof v === 'string' ? ((db.prepare(sql).get(v) as { name: string } | undefined)?.name ?? null) : v;
  }
  return out;
}

type Row = { id: number; at: string; kind: ExportLogKind; what: string; filter: string; rows: number | null; file_name: string; staff_id: string | null; staff_name: string | null };

const SELECT = `SELECT e.id, e.at, e.kind, e.what, e.filter, e.rows, e.file_name, e.staff_id, s.name AS staff_name
                  FROM export_log e LEFT JOIN staff s ON s.id = e.staff_id`;

const toEntry = (db: Db, r: Row): ExportLogEntry => ({
  id: r.id,
  at: r.at,
  kind: r.kind,
  what: r.what,
  filter: named(db, JSON.parse(r.filter) as LoggedFilter),
  rows: r.rows,
  fileName: r.file_name,
  staffId: r.staff_id,
  staffName: r.staff_name,
});

/** A page of the log, newest first. */
export function listExportLog(db: Db, offset: number, limit: number): ExportLogPage {
  const { n } = db.prepare('SELECT count(*) AS n FROM export_log').get() as { n: number };
  const rows = db.prepare(`${SELECT} ORDER BY e.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as Row[];
  return { total: n, rows: rows.map((r) => toEntry(db, r)) };
}

/** The whole log, newest first, a chunk at a time (the 导出记录 export). */
export function* exportLogChunks(db: Db, size: number): Generator<ExportLogEntry[]> {
  let before = Number.MAX_SAFE_INTEGER;
  const page = db.prepare(`${SELECT} WHERE e.id < ? ORDER BY e.id DESC LIMIT ?`);
  for (;;) {
    const rows = page.all(before, size) as Row[];
    if (!rows.length) return;
    yield rows.map((r) => toEntry(db, r));
    before = rows[rows.length - 1]!.id;
  }
}
