// The app's log, the same code in every process: Electron's main process and the core's
// worker thread write their own lines, the renderer's errors come through the contract
// (diagnostics.reportError) and are written by the core as process "renderer". A line is
//   2026-12-04T21:40:00.123Z ERROR core invoke.failed {"channel":"companies.create","error":{…}}
// ISO time, level, process, event, then the fields as JSON (one line whatever a stack holds).
// Why our own module rather than electron-log: electron-log rotates by size into one .old file
// (no file a day, no days kept), its renderer side goes through its own IPC rather than our
// contract, and our redaction would sit in front of it anyway; appending lines to a day's file
// is a few lines of Node that work the same in a worker thread and in vitest.
import fs from 'node:fs';
import path from 'node:path';
import { type LogFields, safeFields } from './fields';
import { dayOf, logsDirOf, MAX_DAY_BYTES, pruneLogs, sizeOf } from './logFiles';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogProcess = 'main' | 'core' | 'renderer';

/** Event names are the program's own words (`invoke.failed`, `renderer.error`); anything else is refused. */
const EVENT = /^[a-zA-Z][a-zA-Z0-9_.-]{0,80}$/;

interface Sink {
  dir: string;
  process: LogProcess;
  now: () => Date;
  /** The day whose file is open for appending and the bytes it holds (as this writer knows). */
  day: string | null;
  bytes: number;
  /** Lines dropped today once the file was full (one note says so). */
  full: boolean;
}

let sink: Sink | null = null;

/** Starts writing this process's lines into `<dataDir>/logs`. Until then only warnings and errors are written, to stderr. */
export function configureLog(options: { dataDir: string; process: LogProcess; now?: () => Date }): void {
  sink = { dir: logsDirOf(options.dataDir), process: options.process, now: options.now ?? (() => new Date()), day: null, bytes: 0, full: false };
}

/** The folder this process writes to (null before configureLog). */
export const logFolder = () => sink?.dir ?? null;

/** Writes one line as `process` (the core writes the renderer's reports as "renderer"). */
export function writeLog(level: LogLevel, event: string, fields?: LogFields, as?: LogProcess): void {
  const now = sink?.now() ?? new Date();
  const name = EVENT.test(event) ? event : 'invalid-event';
  const line = `${now.toISOString()} ${level.toUpperCase()} ${as ?? sink?.process ?? 'main'} ${name} ${JSON.stringify(safeFields(fields))}\n`;
  // Problems also go to stderr (a terminal, the tests' output); before configureLog only they are kept.
  if (level === 'error' || level === 'warn') process.stderr.write(line);
  if (sink) append(sink, now, line);
}

function append(s: Sink, now: Date, line: string): void {
  const day = dayOf(now);
  const file = path.join(s.dir, `${day}.log`);
  try {
    if (s.day !== day) {
      fs.mkdirSync(s.dir, { recursive: true });
      pruneLogs(s.dir, day);
      s.day = day;
      s.bytes = sizeOf(file);
      s.full = false;
    }
    if (s.bytes + line.length > MAX_DAY_BYTES) {
      if (!s.full) fs.appendFileSync(file, `${now.toISOString()} WARN ${s.process} log.full {}\n`);
      s.full = true;
      return;
    }
    fs.appendFileSync(file, line);
    s.bytes += Buffer.byteLength(line);
  } catch (e) {
    // A log that cannot be written (disk full, folder read-only) must not take the app down.
    process.stderr.write(`log: cannot write ${file}: ${(e as Error).message}\n`);
  }
}

/** The app's logger: `log.error('invoke.failed', { channel, error })`. */
export const log = {
  debug: (event: string, fields?: LogFields) => writeLog('debug', event, fields),
  info: (event: string, fields?: LogFields) => writeLog('info', event, fields),
  warn: (event: string, fields?: LogFields) => writeLog('warn', event, fields),
  error: (event: string, fields?: LogFields) => writeLog('error', event, fields),
};
