// Test and bench helper (not a test): crash trials. Each trial starts the crash writer
// (crashWriter.ts) as a real process on a real workspace, SIGKILLs it after a random delay
// once it said it started, and then opens the workspace again here, as the app would after
// the crash, and checks that what was acknowledged survived whole:
//
//  - it opens writable (the dead writer's lock is stale and taken over), without a problem;
//  - PRAGMA integrity_check (the full one, search indexes included) says ok, and no foreign
//    key dangles;
//  - every acknowledged record is there and complete: a company with all its contacts, a
//    visit with all its follow-ups, a vetting, an answer with its value, every company of an
//    import with its contacts; each with its audit entry (written in the same transaction);
//  - the work in flight at the kill is all there or not at all (a visit with all its
//    follow-ups or none, an import whole or none), and nothing is there that was never asked
//    for;
//  - every acknowledged export is a complete file (an XLSX opens as a zip with its sheet and
//    all its rows, a CSV has all its lines); an export in flight left nothing at its
//    destination or a complete file. Temporary files may remain (`.part` beside an export,
//    `.liaison-tmp` beside a workspace or backup, `.tmp` beside the keyring): they are counted,
//    not removed, since cleaning them up is the app's job at start-up;
//  - every backup listed for the workspace passes its check.
//
// Trials run in series on a few workspaces: each is created by the first trial's writer and
// reused by the next ones, so the acknowledged records pile up and each kill lands on a
// workspace that earlier kills left behind. The writer is bundled once with esbuild (as the
// app's main process is) and run by this same Node: a bundle starts in a fraction of the
// time tsx needs, which leaves the trials' time to the work being killed.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/channels';
import { backupDirOf, backupPath } from '../backups/store';
import { check } from '../backups/verifiedCopy';
import { type CoreContext, createInvoker } from '../index';
import { decodeText, parseCsv } from '../imports/csv';
import { localSessionOptions } from '../workspace/localKeys';
import { WorkspaceSession } from '../workspace/session';
import { type AckLine, type BeginLine, type Facts, type Kind, parseLog, seededRandom, STARTED, type WriterArgs } from './crashLog';
import { TestDialogs } from './workspace';

const REPO = path.resolve(__dirname, '..', '..', '..');
const WRITER = path.join(__dirname, 'crashWriter.ts');
/** Columns of the companies export (datasets/companies.ts). */
const EXPORT_COLUMNS = 11;

export interface CrashTrialOptions {
  trials: number;
  /** Seeds the delays and each writer's choice of work: the same seed, the same trials (timing aside). */
  seed?: number;
  /** A new workspace every this many trials (default 5). */
  trialsPerWorkspace?: number;
  /** The kill comes this long after the writer said it started (default 100–1500 ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** How long a writer may take to start before the trial fails (default 60 s: a loaded machine). */
  startTimeoutMs?: number;
  /** Keep the workspaces (default: kept only when a trial failed). */
  keep?: boolean;
  /** Told one line per trial (counts only, never record texts). */
  log?: (line: string) => void;
}

export interface TrialReport {
  trial: number;
  workspace: number;
  /** The writer created the workspace in this trial. */
  fresh: boolean;
  delayMs: number;
  killed: boolean;
  /** Spawn to "started", ms. */
  startMs: number;
  /** Opening the workspace after the kill (stale lock taken over, WAL recovered, quick check, migrations), ms. */
  recoveryOpenMs: number | null;
  /** The whole check after the kill (open, integrity check, every record, exports, backups, close), ms. */
  checkMs: number;
  /** Size of the workspace's WAL as the kill left it: committed work not yet checkpointed (0: none left). */
  walBytes: number;
  /** Acknowledged in this trial. */
  acked: number;
  /** Acknowledged on this workspace so far, all checked again after this kill. */
  ackedSoFar: number;
  /** The work begun and not acknowledged when the kill came. */
  inFlight: Kind | null;
  /** Whether that work was found written (whole) after the kill. */
  inFlightLanded: boolean | null;
  /** The kill tore the log's last line (it then does not count as acknowledged). */
  tornLogLine: boolean;
  /** Temporary files found beside the workspace, its backups, the keyring and the exports. */
  tempFiles: number;
  failures: string[];
}

export interface CrashSummary {
  trials: number;
  kills: number;
  /** Records acknowledged over all trials (each counted once). */
  acknowledged: number;
  acknowledgedByKind: Record<Kind, number>;
  /** Acknowledged records checked, summed over trials (each trial checks its workspace's all again). */
  checks: number;
  /** Trials killed while a piece of work was begun and not acknowledged. */
  killedInFlight: number;
  /** Of those, how often the work was found written (committed before the kill, or the export renamed). */
  inFlightLanded: number;
  inFlightByKind: Partial<Record<Kind, number>>;
  tornLogLines: number;
  /** Temporary files found after the last trial of each workspace. */
  tempFiles: number;
  recoveryOpenMs: number[];
  startMs: number[];
  failures: { trial: number; detail: string }[];
  perTrial: TrialReport[];
  /** Where the workspaces were kept (only when kept). */
  dir: string | null;
}

interface WorkspaceDirs {
  index: number;
  workspace: string;
  dataDir: string;
  acks: string;
  exportsDir: string;
  importsDir: string;
  /** Acks checked through the app's read channels already (after an earlier kill): later kills recheck them by SQL. */
  deepChecked: Set<string>;
  /** Exports already read back whole: later kills only see that they are unchanged. */
  exportsSeen: Map<string, { size: number; mtimeMs: number }>;
}

const ackKey = (a: { run: string; seq: number }) => `${a.run}/${a.seq}`;

export async function runCrashTrials(options: CrashTrialOptions): Promise<CrashSummary> {
  const { trials, seed = 1, trialsPerWorkspace = 5, minDelayMs = 100, maxDelayMs = 1500, startTimeoutMs = 60_000 } = options;
  const random = seededRandom(seed);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-crash-'));
  const writer = await bundleWriter(root);
  const summary: CrashSummary = {
    trials: 0, kills: 0, acknowledged: 0, acknowledgedByKind: { company: 0, visit: 0, vetting: 0, answer: 0, import: 0, export: 0 },
    checks: 0, killedInFlight: 0, inFlightLanded: 0, inFlightByKind: {}, tornLogLines: 0, tempFiles: 0,
    recoveryOpenMs: [], startMs: [], failures: [], perTrial: [], dir: null,
  };
  let dirs: WorkspaceDirs | null = null;
  let ackedBefore = 0;
  for (let trial = 1; trial <= trials; trial++) {
    const fresh = dirs === null || (trial - 1) % trialsPerWorkspace === 0;
    if (fresh) {
      if (dirs) summary.tempFiles += tempFilesOf(dirs);
      dirs = newWorkspaceDirs(root, (dirs?.index ?? 0) + 1);
      ackedBefore = 0;
    }
    const w = dirs!;
    const delayMs = Math.round(minDelayMs + random() * (maxDelayMs - minDelayMs));
    const args: WriterArgs = {
      workspace: w.workspace, dataDir: w.dataDir, acks: w.acks, exportsDir: w.exportsDir, importsDir: w.importsDir,
      run: `T${trial}`, seed: Math.floor(random() * 2 ** 31), maxLifeMs: maxDelayMs + 60_000,
    };
    const report: TrialReport = {
      trial, workspace: w.index, fresh, delayMs, killed: false, startMs: 0, recoveryOpenMs: null, checkMs: 0, walBytes: 0, acked: 0, ackedSoFar: 0,
      inFlight: null, inFlightLanded: null, tornLogLine: false, tempFiles: 0, failures: [],
    };
    const run = await runAndKill(writer, args, delayMs, startTimeoutMs);
    report.startMs = run.startMs;
    report.killed = run.killed;
    if (run.problem) report.failures.push(run.problem);
    if (run.started) summary.startMs.push(run.startMs);
    if (run.killed) summary.kills += 1;

    report.tornLogLine = dropTornLine(w.acks);
    const log = parseLog(fs.existsSync(w.acks) ? fs.readFileSync(w.acks, 'utf8') : '');
    if (log.bad.length) report.failures.push(`acknowledgement log lines ${log.bad.join(', ')} are not ours`);
    report.ackedSoFar = log.acks.length;
    report.acked = log.acks.length - ackedBefore;
    ackedBefore = log.acks.length;
    for (const a of log.acks.filter((a) => a.run === args.run)) summary.acknowledgedByKind[a.facts.kind] += 1;
    const inFlight = log.unacked.find((b) => b.run === args.run) ?? null;
    report.inFlight = inFlight?.facts.kind ?? null;

    report.walBytes = fs.existsSync(`${w.workspace}-wal`) ? fs.statSync(`${w.workspace}-wal`).size : 0;
    const checkStart = performance.now();
    if (fs.existsSync(w.workspace)) {
      const checked = await checkWorkspace(w, log.acks, log.unacked, inFlight, report);
      summary.checks += checked;
    } else if (run.started) report.failures.push('the workspace file is missing after the kill');
    report.checkMs = performance.now() - checkStart;
    report.tempFiles = tempFilesOf(w);

    summary.trials += 1;
    if (report.inFlight) {
      summary.killedInFlight += 1;
      summary.inFlightByKind[report.inFlight] = (summary.inFlightByKind[report.inFlight] ?? 0) + 1;
      if (report.inFlightLanded) summary.inFlightLanded += 1;
    }
    if (report.tornLogLine) summary.tornLogLines += 1;
    if (report.recoveryOpenMs !== null) summary.recoveryOpenMs.push(report.recoveryOpenMs);
    for (const f of report.failures) summary.failures.push({ trial, detail: f });
    summary.perTrial.push(report);
    options.log?.(
      `trial ${trial} (workspace ${w.index}${fresh ? ', new' : ''}): killed ${report.killed ? `after ${delayMs} ms` : 'no'}, ` +
        `${report.acked} acknowledged (${report.ackedSoFar} on this workspace, all checked), in flight: ${report.inFlight ?? 'nothing'}` +
        `${report.inFlight ? (report.inFlightLanded ? ' (written)' : ' (not written)') : ''}, reopened in ${report.recoveryOpenMs?.toFixed(0) ?? '-'} ms, checked in ${report.checkMs.toFixed(0)} ms` +
        `${report.failures.length ? `, FAILED: ${report.failures.join('; ')}` : ''}`,
    );
  }
  if (dirs) summary.tempFiles += tempFilesOf(dirs);
  summary.acknowledged = Object.values(summary.acknowledgedByKind).reduce((a, b) => a + b, 0);
  if (options.keep || summary.failures.length > 0) summary.dir = root;
  else fs.rmSync(root, { recursive: true, force: true });
  return summary;
}

/** Bundles the writer as the app's main process is bundled (scripts/build.mjs): one CommonJS file, the driver left outside. */
async function bundleWriter(root: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(root, 'crashWriter.cjs');
  await build({
    entryPoints: [WRITER], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node22',
    external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning', absWorkingDir: REPO,
  });
  return outfile;
}

function newWorkspaceDirs(root: string, index: number): WorkspaceDirs {
  const w = workspaceDirsAt(path.join(root, `w${index}`), index);
  for (const d of [w.dataDir, w.exportsDir, w.importsDir]) fs.mkdirSync(d, { recursive: true });
  return w;
}

/** The files of trial workspace `base` (`<summary.dir>/w1`, …), with nothing checked yet. */
function workspaceDirsAt(base: string, index: number): WorkspaceDirs {
  return {
    index,
    workspace: path.join(base, '崩溃测试.sqlite'),
    dataDir: path.join(base, 'data'),
    acks: path.join(base, 'acks.jsonl'),
    exportsDir: path.join(base, 'exports'),
    importsDir: path.join(base, 'imports'),
    deepChecked: new Set(),
    exportsSeen: new Map(),
  };
}

/**
 * Checks a kept trial workspace (`<summary.dir>/w<n>`) again, from scratch, against its whole
 * acknowledgement log: the failures it finds. Tests damage a kept workspace and see that
 * the checks notice.
 */
export async function recheckWorkspace(base: string): Promise<string[]> {
  const w = workspaceDirsAt(base, 0);
  const log = parseLog(fs.readFileSync(w.acks, 'utf8'));
  const report = { recoveryOpenMs: null, inFlightLanded: null, failures: [] as string[] };
  if (log.bad.length) report.failures.push(`acknowledgement log lines ${log.bad.join(', ')} are not ours`);
  await checkWorkspace(w, log.acks, log.unacked, null, report);
  return report.failures;
}

interface RunResult {
  started: boolean;
  killed: boolean;
  startMs: number;
  problem: string | null;
}

/** Starts the writer, SIGKILLs it `delayMs` after it said it started, and waits until it is gone (reaped). */
async function runAndKill(writer: string, args: WriterArgs, delayMs: number, startTimeoutMs: number): Promise<RunResult> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [writer, JSON.stringify(args)], {
    cwd: REPO,
    // The bundle sits in a temp folder: the driver's node_modules is where it finds SQLite.
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
    // Its stdin stays open while we run: when we are gone, it ends and the writer stops.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-2000)));
  // 'exit' comes after the process was reaped: from then on its pid no longer runs, so its lock is stale.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const started = await waitForStart(child, exited, startTimeoutMs);
  const startMs = performance.now() - t0;
  if (started !== 'started') {
    if (started === 'timeout') child.kill('SIGKILL');
    const { code, signal } = await exited;
    const why = started === 'timeout' ? `did not start within ${startTimeoutMs} ms` : `exited before it started (code ${code}, signal ${signal})`;
    return { started: false, killed: false, startMs, problem: `the writer ${why}: ${stderr.trim()}` };
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const { code, signal } = await exited;
  clearTimeout(timer);
  if (signal === 'SIGKILL') return { started: true, killed: true, startMs, problem: null };
  return { started: true, killed: false, startMs, problem: `the writer stopped by itself (code ${code}, signal ${signal}): ${stderr.trim()}` };
}

function waitForStart(child: ChildProcess, exited: Promise<unknown>, timeoutMs: number): Promise<'started' | 'exited' | 'timeout'> {
  return new Promise((resolve) => {
    let out = '';
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.includes(`${STARTED}\n`)) {
        clearTimeout(timer);
        resolve('started');
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      resolve('exited');
    });
  });
}

/** Cuts a line the kill tore off the log (it was never acknowledged), so the next writer appends after whole lines. */
function dropTornLine(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return false;
  fs.truncateSync(file, bytes.lastIndexOf(0x0a) + 1);
  return true;
}

/** Files of our temporary-name patterns: beside the workspace, in its backups and data folders, and the exports. */
function tempFilesOf(w: WorkspaceDirs): number {
  // .liaison-part: the exports' temporary files once they save through atomicSave (branch exports).
  const temp = /\.(liaison-tmp|liaison-part|part|tmp)$/;
  const count = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => temp.test(f)).length : 0);
  return count(path.dirname(w.workspace)) + count(w.dataDir) + count(backupDirOf(w.dataDir, w.workspace)) + count(w.exportsDir);
}

// ── the checks after a kill ─────────────────────────────────────────────────────────────

/** What the workspace holds of ours, read in a few queries so that every trial can check every acknowledged record. */
interface Snapshot {
  companies: Map<string, { id: string; name: string; contacts: number }>; // by name
  companyIds: Set<string>;
  visits: Map<string, { id: string; companyId: string; followUps: number }[]>; // by purpose
  vettings: Map<string, string[]>; // company id → vetting ids
  vettingIds: Set<string>;
  answers: Map<string, unknown>; // `${vettingId}/${itemKey}` → value
  created: Set<string>; // `${entity}/${id}` with an audit 'create' entry
  answerAudits: Set<string>; // `${vettingId}/${itemKey}` with an audit entry for the answer
}

function snapshot(db: WorkspaceSession['db']): Snapshot {
  const companies = new Map<string, { id: string; name: string; contacts: number }>();
  for (const c of db.prepare('SELECT c.id, c.name, (SELECT count(*) FROM contacts k WHERE k.company_id = c.id) AS contacts FROM companies c WHERE c.deleted_at IS NULL').all() as { id: string; name: string; contacts: number }[]) {
    companies.set(c.name, c);
  }
  const visits = new Map<string, { id: string; companyId: string; followUps: number }[]>();
  for (const v of db.prepare('SELECT v.id, v.company_id AS companyId, v.purpose, (SELECT count(*) FROM follow_ups f WHERE f.visit_id = v.id) AS followUps FROM visits v WHERE v.deleted_at IS NULL').all() as { id: string; companyId: string; purpose: string | null; followUps: number }[]) {
    const key = v.purpose ?? '';
    visits.set(key, [...(visits.get(key) ?? []), v]);
  }
  const vettings = new Map<string, string[]>();
  const vettingIds = new Set<string>();
  for (const v of db.prepare('SELECT id, company_id AS companyId FROM vettings').all() as { id: string; companyId: string }[]) {
    vettings.set(v.companyId, [...(vettings.get(v.companyId) ?? []), v.id]);
    vettingIds.add(v.id);
  }
  const answers = new Map<string, unknown>();
  for (const a of db.prepare('SELECT vetting_id AS vettingId, item_key AS itemKey, value FROM vetting_answers').all() as { vettingId: string; itemKey: string; value: string }[]) {
    answers.set(`${a.vettingId}/${a.itemKey}`, JSON.parse(a.value));
  }
  const created = new Set((db.prepare("SELECT entity, entity_id AS id FROM audit WHERE action = 'create'").all() as { entity: string; id: string }[]).map((a) => `${a.entity}/${a.id}`));
  const answerAudits = new Set<string>();
  for (const a of db.prepare("SELECT entity_id AS id, changes FROM audit WHERE entity = 'vetting' AND action = 'update'").all() as { id: string; changes: string }[]) {
    for (const key of Object.keys(JSON.parse(a.changes) as object)) if (key.startsWith('answers.')) answerAudits.add(`${a.id}/${key.slice('answers.'.length)}`);
  }
  return { companies, companyIds: new Set([...companies.values()].map((c) => c.id)), visits, vettings, vettingIds, answers, created, answerAudits };
}

const COMPANY_PREFIX = '崩溃测试企业-';
const IMPORT_PREFIX = '崩溃导入-';
const VISIT_PREFIX = '崩溃测试走访-';

/**
 * Whether the work of `facts` is in the workspace: 'whole', 'absent', or what is wrong with
 * what is there (part of it, or not as it was asked for). `id` is what the call returned, when known.
 */
function presence(s: Snapshot, facts: Facts, id?: string): 'whole' | 'absent' | string {
  switch (facts.kind) {
    case 'company': {
      const c = s.companies.get(facts.name);
      if (!c) return 'absent';
      if (id && c.id !== id) return `company ${id}: another id (${c.id}) under its name`;
      if (c.contacts !== facts.contacts) return `company ${c.id}: ${c.contacts} of ${facts.contacts} contacts`;
      if (!s.created.has(`company/${c.id}`)) return `company ${c.id}: no audit entry`;
      return 'whole';
    }
    case 'visit': {
      const found = s.visits.get(facts.purpose) ?? [];
      if (found.length === 0) return 'absent';
      if (found.length > 1) return `visit: ${found.length} copies (${found.map((v) => v.id).join(', ')})`;
      const v = found[0]!;
      if (id && v.id !== id) return `visit ${id}: another id (${v.id}) under its purpose`;
      if (v.companyId !== facts.companyId) return `visit ${v.id}: another company`;
      if (v.followUps !== facts.followUps) return `visit ${v.id}: ${v.followUps} of ${facts.followUps} follow-ups`;
      if (!s.created.has(`visit/${v.id}`)) return `visit ${v.id}: no audit entry`;
      return 'whole';
    }
    case 'vetting': {
      const found = s.vettings.get(facts.companyId) ?? [];
      if (found.length === 0) return 'absent';
      if (found.length > 1) return `company ${facts.companyId}: ${found.length} vettings`;
      if (id && found[0] !== id) return `vetting ${id}: another id (${found[0]}) for its company`;
      if (!s.created.has(`vetting/${found[0]}`)) return `vetting ${found[0]}: no audit entry`;
      return 'whole';
    }
    case 'answer': {
      const key = `${facts.vettingId}/${facts.itemKey}`;
      if (!s.answers.has(key)) return 'absent';
      if (!isDeepStrictEqual(s.answers.get(key), facts.value)) return `answer ${key}: ${JSON.stringify(s.answers.get(key))} instead of ${JSON.stringify(facts.value)}`;
      if (!s.answerAudits.has(key)) return `answer ${key}: no audit entry`;
      return 'whole';
    }
    case 'import': {
      const problems: string[] = [];
      let present = 0;
      facts.contacts.forEach((n, i) => {
        const c = s.companies.get(`${facts.prefix}${i + 1}`);
        if (!c) return;
        present += 1;
        if (c.contacts !== n) problems.push(`company ${c.id}: ${c.contacts} of ${n} contacts`);
        if (!s.created.has(`company/${c.id}`)) problems.push(`company ${c.id}: no audit entry`);
      });
      if (present === 0) return 'absent';
      if (present !== facts.contacts.length) return `${present} of ${facts.contacts.length} companies (half an import)`;
      return problems.length ? problems.join(', ') : 'whole';
    }
    case 'export':
      return fs.existsSync(facts.path) ? 'whole' : 'absent'; // the file itself is read by checkExport
  }
}

/** Reopens the workspace as the app would after the crash and checks it; returns how many acknowledged records were checked. */
async function checkWorkspace(
  w: WorkspaceDirs, acks: AckLine[], unacked: BeginLine[], inFlight: BeginLine | null,
  report: Pick<TrialReport, 'recoveryOpenMs' | 'inFlightLanded' | 'failures'>,
): Promise<number> {
  const fail = (detail: string) => report.failures.push(detail);
  const t0 = performance.now();
  let session: WorkspaceSession;
  try {
    session = new WorkspaceSession(w.workspace, localSessionOptions(w.dataDir));
  } catch (e) {
    fail(`the workspace did not open after the kill: ${e instanceof Error ? e.message : String(e)}`);
    return 0;
  }
  report.recoveryOpenMs = performance.now() - t0;
  try {
    const info = session.info();
    if (info.readOnly || info.problem) fail(`the workspace opened read-only (${info.readOnlyReason}${info.problem ? `: ${info.problem}` : ''})`);
    const integrity = (session.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') fail(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
    const dangling = session.db.pragma('foreign_key_check') as unknown[];
    if (dangling.length) fail(`foreign_key_check: ${dangling.length} rows point nowhere`);

    const s = snapshot(session.db);
    // Acknowledged: there, whole.
    for (const a of acks) {
      const p = presence(s, a.facts, a.id);
      if (p !== 'whole') fail(`acknowledged ${a.facts.kind} (${ackKey(a)}) ${p === 'absent' ? 'is missing' : `is not whole: ${p}`}`);
      if (a.facts.kind === 'export') await checkExport(w, a.facts, a.rows ?? null, fail);
    }
    // In flight at some kill: all or nothing.
    for (const b of unacked) {
      const p = presence(s, b.facts);
      if (p !== 'whole' && p !== 'absent') fail(`${b.facts.kind} in flight at a kill (${ackKey(b)}) is half there: ${p}`);
      if (b.facts.kind === 'export' && p === 'whole') await checkExport(w, b.facts, null, fail);
      if (b === inFlight) report.inFlightLanded = p === 'whole';
    }
    for (const u of unwanted(s, [...acks.map((a) => a.facts), ...unacked.map((b) => b.facts)])) fail(u);
    await deepCheck(session, w, acks, fail);
    checkBackups(session, w, fail);
  } finally {
    session.close();
  }
  return acks.length;
}

/** Records of ours that no piece of work asked for (an import or visit written twice, a stray answer). */
function unwanted(s: Snapshot, asked: Facts[]): string[] {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  const purposes = new Set<string>();
  const vetted = new Set<string>();
  const answers = new Set<string>();
  for (const f of asked) {
    if (f.kind === 'company') names.add(f.name);
    else if (f.kind === 'import') prefixes.add(f.prefix);
    else if (f.kind === 'visit') purposes.add(f.purpose);
    else if (f.kind === 'vetting') vetted.add(f.companyId);
    else if (f.kind === 'answer') answers.add(`${f.vettingId}/${f.itemKey}`);
  }
  const out: string[] = [];
  for (const c of s.companies.values()) {
    if (c.name.startsWith(COMPANY_PREFIX) && !names.has(c.name)) out.push(`company ${c.id} was never asked for`);
    if (c.name.startsWith(IMPORT_PREFIX) && !prefixes.has(c.name.slice(0, c.name.lastIndexOf('-') + 1))) out.push(`imported company ${c.id} is of no import`);
  }
  for (const [purpose, vs] of s.visits) if (purpose.startsWith(VISIT_PREFIX) && !purposes.has(purpose)) out.push(`visit ${vs[0]!.id} was never asked for`);
  for (const [companyId, ids] of s.vettings) if (!vetted.has(companyId)) out.push(`vetting ${ids[0]} was never asked for`);
  for (const key of s.answers.keys()) if (!answers.has(key)) out.push(`answer ${key} was never given`);
  return out;
}

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * Records acknowledged since the last kill read through the app's own channels, as the
 * screens would show them: the company with its contacts and found by search, the visit with
 * its follow-ups, the vetting with its answers. (The SQL checks above cover them every trial.)
 */
async function deepCheck(session: WorkspaceSession, w: WorkspaceDirs, acks: AckLine[], fail: (d: string) => void): Promise<void> {
  const ctx: CoreContext = { session, dataDir: w.dataDir, dialogs: new TestDialogs() };
  const invoke = createInvoker(ctx, { checkOutputs: true });
  const call: Call = async (channel, input) => {
    const r = await invoke(channel, input);
    if (!r.ok) throw new Error(`${channel} was refused: ${r.error.code}/${r.error.key}`);
    return r.value as never;
  };
  const fresh = acks.filter((a) => !w.deepChecked.has(ackKey(a)));
  const answersOf = new Map<string, AckLine[]>();
  for (const a of fresh) {
    try {
      const f = a.facts;
      if (f.kind === 'company') {
        const c = await call('companies.get', { id: a.id! });
        if (c.name !== f.name || c.contacts.length !== f.contacts) fail(`company ${a.id} reads back with ${c.contacts.length} of ${f.contacts} contacts`);
        if (!(await foundBySearch(call, f.name, a.id!))) fail(`company ${a.id} is not found by searching its name`);
      } else if (f.kind === 'visit') {
        const v = await call('visits.get', { id: a.id! });
        if (v.companyId !== f.companyId || v.followUps.length !== f.followUps) fail(`visit ${a.id} reads back with ${v.followUps.length} of ${f.followUps} follow-ups`);
      } else if (f.kind === 'vetting') {
        const v = await call('vettings.get', { id: a.id! });
        if (v.companyId !== f.companyId) fail(`vetting ${a.id} reads back for another company`);
      } else if (f.kind === 'answer') {
        answersOf.set(f.vettingId, [...(answersOf.get(f.vettingId) ?? []), a]);
      }
    } catch (e) {
      fail(`acknowledged ${a.facts.kind} (${ackKey(a)}) does not read back: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const [vettingId, answers] of answersOf) {
    try {
      const v = await call('vettings.get', { id: vettingId });
      for (const a of answers) {
        const f = a.facts as Extract<Facts, { kind: 'answer' }>;
        const got = v.answers.find((x) => x.itemKey === f.itemKey);
        if (!got || !isDeepStrictEqual(got.value, f.value)) fail(`answer ${vettingId}/${f.itemKey} reads back as ${got ? JSON.stringify(got.value) : 'nothing'}`);
      }
    } catch (e) {
      fail(`vetting ${vettingId} does not read back: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const a of fresh) w.deepChecked.add(ackKey(a));
}

/** Whether searching the company list for `name` finds company `id` (paging on: the generated names share most of their text). */
async function foundBySearch(call: Call, name: string, id: string): Promise<boolean> {
  for (let offset = 0; ; offset += 500) {
    const page = await call('companies.list', { query: name, offset, limit: 500 });
    if (page.rows.some((r) => r.id === id)) return true;
    if (page.rows.length < 500) return false;
  }
}

/** An export is a complete file: read back whole the first time, unchanged after. `rows` is known once acknowledged. */
async function checkExport(w: WorkspaceDirs, f: Extract<Facts, { kind: 'export' }>, rows: number | null, fail: (d: string) => void): Promise<void> {
  const name = path.basename(f.path);
  if (!fs.existsSync(f.path)) return; // reported by presence() when acknowledged
  const stat = fs.statSync(f.path);
  const seen = w.exportsSeen.get(f.path);
  if (seen) {
    if (seen.size !== stat.size || seen.mtimeMs !== stat.mtimeMs) fail(`export ${name} changed after it was complete`);
    return;
  }
  try {
    const data = f.format === 'xlsx' ? await xlsxRows(f.path) : csvRows(f.path);
    if (data.header !== '企业名称') fail(`export ${name}: its header row is not there`);
    if (rows !== null && data.rows !== rows + 1) fail(`export ${name}: ${data.rows - 1} of ${rows} rows`);
    if (data.shortRows > 0) fail(`export ${name}: ${data.shortRows} rows are cut short`);
    // Only a file known complete is remembered; one in flight is read again at the next kill (its ack may come yet).
    if (rows !== null) w.exportsSeen.set(f.path, { size: stat.size, mtimeMs: stat.mtimeMs });
  } catch (e) {
    fail(`export ${name} does not read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function xlsxRows(file: string): Promise<{ header: unknown; rows: number; shortRows: number }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file); // a cut zip fails here: its central directory is at the end
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet in the workbook');
  return { header: sheet.getRow(1).getCell(1).value, rows: sheet.rowCount, shortRows: 0 };
}

function csvRows(file: string): { header: unknown; rows: number; shortRows: number } {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8');
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error('no byte-order mark');
  if (!text.endsWith('\r\n')) throw new Error('the last line is cut short');
  const records = parseCsv(decodeText(bytes).text.replace(/\r\n$/, ''));
  return { header: records[0]?.[0], rows: records.length, shortRows: records.filter((r) => r.length !== EXPORT_COLUMNS).length };
}

/** Every backup the workspace lists opens with its key and passes its check. */
function checkBackups(session: WorkspaceSession, w: WorkspaceDirs, fail: (d: string) => void): void {
  const dir = backupDirOf(w.dataDir, w.workspace);
  for (const entry of session.listBackups()) {
    const file = backupPath(dir, entry.id)!;
    try {
      check(file, session.keyring.keysFor(file)[0] ?? null);
    } catch (e) {
      fail(`backup ${entry.id} fails its check: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
