// The log folder: one file a day (<dataDir>/logs/YYYY-MM-DD.log), kept 14 days and 20 MB in
// all. Each process (main, the core's thread) appends whole lines to the same day's file: a
// single append of a short line is one write with O_APPEND, so lines of two writers never mix.
// Whichever writer starts a new day removes the files past their time; two doing it at once
// only find a file already gone.
import fs from 'node:fs';
import path from 'node:path';

export const LOGS_DIR = 'logs';
export const KEEP_DAYS = 14;
/** All the day files together; the oldest go first when they are over it. */
export const MAX_TOTAL_BYTES = 20 * 1024 * 1024;
/** One day's file: past this, lines are dropped until the next day (a loop that logs must not fill the disk). */
export const MAX_DAY_BYTES = 5 * 1024 * 1024;

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.log$/;

export const logsDirOf = (dataDir: string) => path.join(dataDir, LOGS_DIR);

/** The local calendar day of `now` as YYYY-MM-DD: a user looks for today's file by today's date. */
export function dayOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day files in `dir`, oldest first. */
export function dayFiles(dir: string): { day: string; file: string }[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => DAY_FILE.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ day: m[1]!, file: path.join(dir, m[0]) }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

/** Removes day files older than KEEP_DAYS before `today`, then the oldest while all are over MAX_TOTAL_BYTES (never today's). */
export function pruneLogs(dir: string, today: string, limits = { keepDays: KEEP_DAYS, maxTotalBytes: MAX_TOTAL_BYTES }): string[] {
  const removed: string[] = [];
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - limits.keepDays + 1);
  const first = cutoff.toISOString().slice(0, 10);
  const remove = (file: string) => {
    try {
      fs.unlinkSync(file);
    } catch {
      // Gone already (another writer pruned it) or held open on Windows: it goes next time.
    }
    removed.push(path.basename(file));
  };
  const kept: { file: string; size: number; day: string }[] = [];
  for (const f of dayFiles(dir)) {
    if (f.day < first) remove(f.file);
    else kept.push({ ...f, size: sizeOf(f.file) });
  }
  let total = kept.reduce((sum, f) => sum + f.size, 0);
  for (const f of kept) {
    if (total <= limits.maxTotalBytes || f.day >= today) break;
    remove(f.file);
    total -= f.size;
  }
  return removed;
}

export function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The last `count` lines over the day files, oldest first (for 导出诊断信息). */
export function lastLines(dir: string, count: number): string[] {
  const lines: string[] = [];
  for (const { file } of dayFiles(dir).reverse()) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const these = text.split('\n').filter((l) => l !== '');
    lines.unshift(...these.slice(Math.max(0, these.length - (count - lines.length))));
    if (lines.length >= count) break;
  }
  return lines;
}
