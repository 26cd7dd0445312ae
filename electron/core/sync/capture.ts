// Capture: the triggers (migration 13) copy every write of a synced table into sync_outbox in
// the write's own transaction, while sync_state.capture is 1. It is off until a team is created
// or joined, and off while a colleague's changes are applied (they must not be sent back).
import { fail } from '../../../shared/result';
import type { Db } from '../db/open';
import { newId } from '../ids';
import { SYNCED_TABLES } from './tables';

/**
 * creator: every row there is becomes the team's baseline (queued as inserts).
 * joiner: a workspace without records of its own; its seeded lists no record uses are removed
 * so the team's arrive instead, and what is left (its staff) is queued.
 * copy: the computers start from one file (tests); nothing is queued.
 */
export type CaptureMode = 'creator' | 'joiner' | 'copy';

interface State { capture: number; computer_id: string | null; bound_to: string | null; counter: number; sent_seq: number; team_id: string | null }

export const syncState = (db: Db): State => db.prepare('SELECT capture, computer_id, bound_to, counter, sent_seq, team_id FROM sync_state').get() as State;

export const capturing = (db: Db): boolean => syncState(db).capture === 1;

/** Runs `fn` with capture off (a colleague's changes, derived data), then puts it back as it was. */
export function withCaptureOff<T>(db: Db, fn: () => T): T {
  const was = syncState(db).capture;
  if (was === 0) return fn();
  db.prepare('UPDATE sync_state SET capture = 0').run();
  try {
    return fn();
  } finally {
    db.prepare('UPDATE sync_state SET capture = ?').run(was);
  }
}

/**
 * This workspace's computer id for `binding` (the installation and the file's path). Opened
 * under another binding (the file was copied to another computer or place) it gets a new id,
 * so two copies of one file never send changes under one id.
 */
export function ensureComputerId(db: Db, binding: string): string {
  const s = syncState(db);
  if (s.computer_id && s.bound_to === binding) return s.computer_id;
  const id = newId();
  db.prepare('UPDATE sync_state SET computer_id = ?, bound_to = ?').run(id, binding);
  return id;
}

/** Tables whose rows are a person's work: a joining workspace must have none. */
const RECORD_TABLES = ['companies', 'visits', 'vettings', 'positions', 'trips', 'agreements', 'placement_batches', 'retention_checkins'];
/** Seeded lists, children first: a joining workspace drops the rows no record uses. */
const SEEDED_LISTS = ['vetting_template_versions', 'vetting_templates', 'counties', 'prefectures', 'job_types', 'lookups'];

export function startCapture(db: Db, computerId: string, mode: CaptureMode = 'creator'): void {
  db.transaction(() => {
    if (mode === 'joiner') {
      const records = RECORD_TABLES.reduce((n, t) => n + (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
      if (records > 0) fail('CONFLICT', 'syncJoinNeedsEmptyWorkspace', { records });
    }
    db.prepare('UPDATE sync_state SET computer_id = ?, capture = 0').run(computerId);
    if (mode === 'joiner') for (const t of SEEDED_LISTS) db.prepare(`DELETE FROM ${t}`).run();
    if (mode !== 'copy') queueEveryRow(db);
    db.prepare('UPDATE sync_state SET capture = 1').run();
  })();
}

/** Every row of every synced table queued as an insert, parents first. */
function queueEveryRow(db: Db): void {
  for (const t of SYNCED_TABLES) {
    const cols = t.columns.filter((c) => !t.blobs.includes(c));
    // Older rows first, so a trip copied from another (or a vetting amending one) comes after it.
    const order = [...(t.columns.includes('created_at') ? ['created_at'] : []), ...t.pk].map((c) => `"${c}"`).join(', ');
    db.prepare(
      `INSERT INTO sync_outbox (tbl, pk, op, old, new, at)
       SELECT '${t.name}', json_array(${t.pk.map((c) => `"${c}"`).join(', ')}), 'I', NULL,
              json_object(${cols.map((c) => `'${c}', "${c}"`).join(', ')}), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         FROM ${t.name} ORDER BY ${order}`,
    ).run();
  }
}
