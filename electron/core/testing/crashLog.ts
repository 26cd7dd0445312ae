// Test helper (not a test): the acknowledgement log that the crash writer (crashWriter.ts)
// keeps and the crash driver (crashTrials.ts) checks the workspace against.
//
// One JSON object per line. Before each piece of work the writer appends a `begin` line with
// what it is about to write (not flushed: it only tells the driver what was in flight when
// the kill came). After the call returned ok it appends an `ack` line with the ids the call
// gave back and fsyncs it: only a complete ack line on the disk counts as acknowledged.
//
// No contact names or phones go in here; companies are found by their generated names.
import type { AnswerValue } from '../../../shared/vetting/answers';

/** What a piece of work writes, in terms the driver can look up and count. */
export type Facts =
  | { kind: 'company'; name: string; contacts: number }
  | { kind: 'visit'; companyId: string; purpose: string; followUps: number }
  | { kind: 'vetting'; companyId: string }
  | { kind: 'answer'; vettingId: string; itemKey: string; value: AnswerValue }
  /** Company i (from 1) is named `${prefix}${i}` and has contacts[i - 1] contacts. */
  | { kind: 'import'; prefix: string; contacts: number[] }
  | { kind: 'export'; path: string; format: 'xlsx' | 'csv' };

export type Kind = Facts['kind'];

export interface BeginLine {
  t: 'begin';
  /** The child run (one per trial), so seq numbers of different runs never meet. */
  run: string;
  seq: number;
  facts: Facts;
}

export interface AckLine {
  t: 'ack';
  run: string;
  seq: number;
  facts: Facts;
  /** The id the create returned (company, visit, vetting). */
  id?: string;
  /** Rows an export wrote (its job's result). */
  rows?: number;
}

export type LogLine = BeginLine | AckLine;

/** What the child prints on stdout once the workspace is open and the loop is about to start. */
export const STARTED = 'crash-writer:started';

export interface WriterArgs {
  workspace: string;
  dataDir: string;
  acks: string;
  exportsDir: string;
  importsDir: string;
  run: string;
  seed: number;
  /** A writer not killed this long after it started stops by itself (and the trial fails): never an endless writer. */
  maxLifeMs: number;
}

export interface ParsedLog {
  acks: AckLine[];
  /** Begun and never acknowledged: killed in flight (at most one per run). */
  unacked: BeginLine[];
  /** Complete lines that are not ours: the log itself was damaged. */
  bad: number[];
}

/** Parses complete lines only; a torn last line (no newline yet) is not acknowledged. */
export function parseLog(text: string): ParsedLog {
  const lines = text.split('\n');
  lines.pop(); // after the last '\n': empty, or a line the kill tore
  const acks: AckLine[] = [];
  const begun = new Map<string, BeginLine>();
  const bad: number[] = [];
  lines.forEach((raw, i) => {
    let line: LogLine;
    try {
      line = JSON.parse(raw) as LogLine;
    } catch {
      bad.push(i + 1);
      return;
    }
    const key = `${line.run}/${line.seq}`;
    if (line.t === 'begin') begun.set(key, line);
    else if (line.t === 'ack') {
      begun.delete(key);
      acks.push(line);
    } else bad.push(i + 1);
  });
  return { acks, unacked: [...begun.values()], bad };
}

/** A small seeded generator (mulberry32): the same seed gives the same trial. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
