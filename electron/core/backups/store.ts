// The automatic backups of a workspace: a folder of its own under the app's data folder,
// one checked copy per backup with a small facts file beside it (time, why, size, record
// counts — no names), kept as a rolling set.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BackupEntry, BackupReason, RetentionPolicy } from '../../../shared/backups/schema';
import type { CopyFacts } from './verifiedCopy';

const BACKUP_FILE = /^(\d{8}-\d{6}-\d{3})-([a-zA-Z]+)\.sqlite$/;

/** The backups folder of the workspace at `workspacePath`: its name plus a hash of where it lives. */
export function backupDirOf(dataDir: string, workspacePath: string): string {
  const abs = resolve(workspacePath);
  const name = basename(abs).replace(/\.(sqlite|db)$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 40);
  return join(dataDir, 'backups', `${name}-${createHash('sha256').update(abs).digest('hex').slice(0, 10)}`);
}

/** A new backup's file name: its time (UTC, sortable) and why it was made. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString(); // 2026-12-04T10:18:38.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`;
  return `${stamp}-${reason}.sqlite`;
}

export function writeFacts(file: string, at: Date, reason: BackupReason, facts: CopyFacts): void {
  writeFileSync(`${file}.json`, JSON.stringify({ createdAt: at.toISOString(), reason, ...facts }));
}

/** The backups in `dir`, newest first. A backup whose facts file is missing still lists. */
export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => BACKUP_FILE.test(f))
    .map((f) => {
      const facts = readFacts(join(dir, `${f}.json`));
      const [, stamp, reason] = BACKUP_FILE.exec(f)!;
      return {
        id: f,
        createdAt: facts?.createdAt ?? stampToIso(stamp!),
        reason: (facts?.reason ?? reason) as BackupReason,
        size: facts?.size ?? 0,
        schemaVersion: facts?.schemaVersion ?? 0,
        counts: facts?.counts ?? null,
      };
    })
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

export function backupPath(dir: string, id: string): string | null {
  return BACKUP_FILE.test(id) && existsSync(join(dir, id)) ? join(dir, id) : null;
}

export function removeBackup(dir: string, id: string): void {
  rmSync(join(dir, id), { force: true });
  rmSync(join(dir, `${id}.json`), { force: true });
}

/**
 * Which backups to drop: every pre-migration one is kept; of the rest, for each of the last
 * `daily` days that have backups, the newest of each kind (the day's first open, on close,
 * made by hand, before a restore, before encrypting — so the state a day started with stays
 * next to the state it ended with), then the newest of each of the `weekly` weeks before them.
 * Days and weeks are the computer's local ones, as the user counts them.
 */
export function backupsToDrop(entries: BackupEntry[], policy: RetentionPolicy): string[] {
  const keep = new Set<string>();
  const days = new Set<string>();
  const slots = new Set<string>();
  const weeks = new Set<string>();
  for (const e of entries) {
    // newest first: the first seen of a slot or week is its newest
    if (e.reason === 'premigrate') {
      keep.add(e.id);
      continue;
    }
    const at = new Date(e.createdAt);
    const day = localDay(at);
    if (days.has(day) || days.size < policy.daily) {
      days.add(day);
      const slot = `${day}:${e.reason}`;
      if (!slots.has(slot)) {
        slots.add(slot);
        keep.add(e.id);
      }
      continue;
    }
    const week = localWeek(at);
    if (!weeks.has(week) && weeks.size < policy.weekly) {
      weeks.add(week);
      keep.add(e.id);
    }
  }
  return entries.filter((e) => !keep.has(e.id)).map((e) => e.id);
}

/** Drops what the policy drops, and the temporary files of interrupted backups except those in `writing` (copies under way). */
export function prune(dir: string, policy: RetentionPolicy, writing: ReadonlySet<string> = new Set()): void {
  for (const id of backupsToDrop(listBackups(dir), policy)) removeBackup(dir, id);
  // A backup interrupted by a crash leaves its temporary file; this folder is ours alone and
  // only the workspace's one writer backs up into it, so the only ones in use are `writing`.
  for (const f of readdirSync(dir)) if (f.endsWith('.liaison-tmp') && !writing.has(join(dir, f))) rmSync(join(dir, f), { force: true });
}

export const ensureDir = (dir: string) => mkdirSync(dir, { recursive: true });

export function hasBackupOn(dir: string, at: Date): boolean {
  const day = localDay(at);
  return listBackups(dir).some((e) => localDay(new Date(e.createdAt)) === day);
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** The Monday that starts the local week of `d`. */
function localWeek(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return localDay(monday);
}

function stampToIso(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(16, 19)}Z`;
}

function readFacts(path: string): (CopyFacts & { createdAt: string; reason: string }) | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
