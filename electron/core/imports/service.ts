// The import use cases behind the channels: open (read the chosen file in a job and hold it),
// preview (plan every row in a job), commit (plan again and write all or nothing in a job),
// discard. The parsed file stays in memory in the core, keyed by importId, until it is
// committed or discarded, or for 30 minutes.
import type { DuplicateChoice, ImportMapping, ImportOpened, ImportResult, ImportSummary, ImportTarget } from '../../../shared/imports/schema';
import { fail } from '../../../shared/result';
import type { Db } from '../db/open';
import { newId } from '../ids';
import { commitPlan } from './commit';
import { guessMapping } from './guess';
import { type ImportPlan, missingRequired, planImport, type Tick } from './plan';
import { type ReadOptions, readSpreadsheet, type SheetData, type Spreadsheet } from './read';
import { cellText } from './cells';

/** How long a file waits between steps before it is dropped. */
export const HOLD_MS = 30 * 60_000;
const SAMPLE_ROWS = 3;
/** Problems sent with a preview; the rest are paged through 'imports.problems'. */
export const FIRST_PAGE = 100;

interface Held {
  id: string;
  target: ImportTarget;
  file: Spreadsheet;
  touchedAt: number;
  plan: ImportPlan | null;
  /** What the plan was made from: the workspace as it stood, the sheet and the mapping. */
  planKey: PlanKey | null;
}

interface PlanKey {
  db: Db;
  lastAudit: number;
  sheet: string;
  mapping: string;
}

/** Every change to a workspace leaves an audit entry, so the newest one tells whether anything changed since the preview. */
const lastAudit = (db: Db) => (db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit').get() as { n: number }).n;
const keyOf = (db: Db, sheet: string, mapping: ImportMapping): PlanKey => ({
  db, lastAudit: lastAudit(db), sheet, mapping: JSON.stringify(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b))),
});
const sameKey = (a: PlanKey | null, b: PlanKey) => !!a && a.db === b.db && a.lastAudit === b.lastAudit && a.sheet === b.sheet && a.mapping === b.mapping;

/** Files being imported, per core (the window's workspace session). */
export class ImportStore {
  private readonly held = new Map<string, Held>();
  constructor(private readonly now: () => number = Date.now) {}

  hold(target: ImportTarget, file: Spreadsheet): Held {
    this.prune();
    const h: Held = { id: newId(), target, file, touchedAt: this.now(), plan: null, planKey: null };
    this.held.set(h.id, h);
    return h;
  }

  get(id: string): Held {
    this.prune();
    const h = this.held.get(id) ?? fail('NOT_FOUND', 'importExpired');
    h.touchedAt = this.now();
    return h;
  }

  drop(id: string): void {
    this.held.delete(id);
  }

  private prune(): void {
    for (const [id, h] of this.held) if (this.now() - h.touchedAt > HOLD_MS) this.held.delete(id);
  }
}

export async function openImport(store: ImportStore, target: ImportTarget, path: string, read: ReadOptions = {}): Promise<ImportOpened> {
  const file = await readSpreadsheet(path, read);
  const held = store.hold(target, file);
  return {
    importId: held.id,
    target,
    fileName: file.fileName,
    encoding: file.encoding,
    sheets: file.sheets.map((s) => ({
      name: s.name,
      headers: s.headers,
      rowCount: s.rows.length,
      samples: s.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells.map(cellText)),
      guessedMapping: guessMapping(target, s.headers),
    })),
  };
}

function sheetOf(held: Held, name: string): SheetData {
  return held.file.sheets.find((s) => s.name === name) ?? fail('VALIDATION', 'importSheetNotFound', { sheet: name });
}

function checkMapping(held: Held, sheet: SheetData, mapping: ImportMapping): void {
  const missing = missingRequired(held.target, mapping);
  if (missing.length > 0) {
    fail('VALIDATION', 'importFieldNotMapped', { fields: missing.join(', ') }, missing.map((f) => ({ path: ['mapping', f], key: 'importFieldNotMapped' })));
  }
  for (const [field, col] of Object.entries(mapping)) {
    if (col !== null && col >= sheet.headers.length) fail('VALIDATION', 'validation', undefined, [{ path: ['mapping', field], key: 'invalidValue' }]);
  }
}

export function summaryOf(plan: ImportPlan, encoding: string): ImportSummary {
  return {
    rows: plan.rows,
    records: plan.recordCount,
    ok: plan.records.filter((r) => !r.existingId).length,
    problemRows: plan.problemRows,
    duplicates: plan.duplicates.length,
    problems: plan.problems.slice(0, FIRST_PAGE),
    problemCount: plan.problems.length,
    duplicateRows: plan.duplicates.slice(0, FIRST_PAGE),
    encoding,
  };
}

export async function previewImport(db: Db, store: ImportStore, importId: string, sheetName: string, mapping: ImportMapping, tick?: Tick): Promise<ImportSummary> {
  const held = store.get(importId);
  const sheet = sheetOf(held, sheetName);
  checkMapping(held, sheet, mapping);
  held.plan = null;
  // Taken before planning: a change made while the job yielded makes the commit plan again.
  const key = keyOf(db, sheetName, mapping);
  const plan = await planImport(db, held.target, sheet, mapping, tick);
  held.planKey = key;
  held.plan = plan;
  return summaryOf(plan, held.file.encoding);
}

export function problemsPage(store: ImportStore, importId: string, offset: number, limit: number) {
  const plan = store.get(importId).plan ?? fail('VALIDATION', 'importNotPreviewed');
  return { total: plan.problems.length, rows: plan.problems.slice(offset, offset + limit) };
}

/**
 * Writes the previewed plan in one transaction — or plans again first when the workspace, the
 * sheet or the mapping changed since the preview. `beforeWrite` is the last point where the job
 * can still be cancelled. The services check each record again as they write it, so a change
 * made after this point fails the whole import instead of half-writing it.
 */
export async function commitImport(
  db: Db, store: ImportStore, importId: string, sheetName: string, mapping: ImportMapping, duplicates: DuplicateChoice,
  tick?: Tick, beforeWrite?: (records: number) => Promise<void>,
): Promise<ImportResult> {
  const held = store.get(importId);
  const sheet = sheetOf(held, sheetName);
  checkMapping(held, sheet, mapping);
  const reuse = held.plan !== null && sameKey(held.planKey, keyOf(db, sheetName, mapping));
  const key = reuse ? held.planKey! : keyOf(db, sheetName, mapping);
  let plan = reuse ? held.plan! : await planImport(db, held.target, sheet, mapping, tick);
  await beforeWrite?.(plan.records.length);
  // Anything written while the job yielded: plan once more, without yielding, right before the write.
  if (!sameKey(key, keyOf(db, sheetName, mapping))) plan = await planImport(db, held.target, sheet, mapping);
  const result = commitPlan(db, plan, duplicates);
  store.drop(importId);
  return result;
}

const perCore = new WeakMap<object, ImportStore>();
/** One store per core context, made on first use. */
export function importsOf(ctx: object): ImportStore {
  let s = perCore.get(ctx);
  if (!s) perCore.set(ctx, (s = new ImportStore()));
  return s;
}
