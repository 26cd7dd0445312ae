// Runs the contract fuzz against one core — in this process or across the worker boundary —
// and says what went wrong: an exception out of the invoker, an INTERNAL error or one that is
// not of the contract's shape, a payload that had to be refused accepted (or the reverse), a
// refusal that does not name the field, or a refused call (or a read) that changed the workspace.
// Failures carry the seed, the payload's number, the channel, the mutation and the payload's
// shape (types and lengths, never its text: the workspace may hold people's data).
import { CHANNELS, type Channel, contract } from '../../../../shared/channels';
import { ERROR_CODES, type Result } from '../../../../shared/result';
import { rng } from '../../../../bench/text';
import type { TemplateVersion } from '../../../../shared/vetting/schema';
import { templateFileText } from '../../vetting/templates';
import type { IdPool } from './idPool';
import { type Expect, type GoneIds, type Group, type Path, type Payload, PayloadMaker } from './mutations';
import { validInput } from './validInput';

export interface FuzzTarget {
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** See fingerprint.ts. */
  fingerprint(): Promise<string> | string;
  /** Which file is open and whether it is writable: must not change under the file channels' payloads. */
  sessionState(): Promise<string> | string;
}

export interface FuzzOptions {
  seed: number;
  payloads: number;
  ids: IdPool;
  gone: GoneIds;
  /** Values only structured clone carries (Map, Date, typed arrays, sparse lists); for the worker run. */
  cloneValues?: boolean;
  /** Only these channels (all by default). */
  channels?: readonly Channel[];
  /** The workspace is read-only (a backup viewed) or none is open: every write must be refused, valid or not. */
  writesRefused?: boolean;
}

export interface FuzzFailure {
  seed: number;
  index: number;
  channel: Channel;
  mutation: string;
  group: Group;
  path: Path;
  expect: Expect;
  shape: string;
  problem: string;
}

export interface FuzzReport {
  seed: number;
  payloads: number;
  refused: number;
  accepted: number;
  failures: FuzzFailure[];
  /** Channels no schema-valid starting payload was found for (their payloads are all refused anyway). */
  noValidBase: Channel[];
  ms: number;
  slowest: { channel: Channel; mutation: string; ms: number };
}

/**
 * The channels that choose, switch, re-key or restore the workspace file. Only payloads that must
 * be refused are sent to them: a valid one would switch the workspace under the fuzz.
 */
const SESSION_CHANNEL = /^(workspace|backups)\./;

export async function runFuzz(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const r = rng(options.seed);
  const channels = options.channels ?? CHANNELS;
  const bases = new Map<Channel, unknown>();
  const noValidBase: Channel[] = [];
  for (const c of channels) {
    const { input, valid } = validInput(c, r, options.ids);
    bases.set(c, input);
    if (!valid) noValidBase.push(c);
  }
  // A template file as the app writes one, so the import's mutations start from a file it takes.
  if (bases.has('templates.import') && options.ids.vetting_templates?.length) {
    // (templates.export saves through a dialog now; the file's text is made the same way here.)
    const got = await target.invoke('templates.get', { id: options.ids.vetting_templates[0] });
    if (got.ok) bases.set('templates.import', { text: templateFileText((got.value as TemplateVersion).content) });
  }
  const maker = new PayloadMaker(r, bases, options.ids, options.gone, options.cloneValues);
  const report: FuzzReport = { seed: options.seed, payloads: 0, refused: 0, accepted: 0, failures: [], noValidBase, ms: 0, slowest: { channel: channels[0]!, mutation: '', ms: 0 } };
  const sessionBefore = await target.sessionState();
  const started = performance.now();

  for (let index = 0; index < options.payloads; index++) {
    const channel = r.pick(channels);
    let p: Payload;
    do p = maker.make(channel);
    while (SESSION_CHANNEL.test(channel) && p.expect !== 'refuse');
    const failed = (problem: string) => report.failures.push({ seed: options.seed, index, channel, mutation: p.mutation, group: p.group, path: p.path, expect: p.expect, shape: shapeOf(p.input), problem });

    const before = await target.fingerprint();
    const t0 = performance.now();
    let result: Result<unknown>;
    try {
      result = await target.invoke(channel, p.input);
    } catch (e) {
      failed(`exception: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e)}`);
      continue;
    } finally {
      const ms = performance.now() - t0;
      if (ms > report.slowest.ms) report.slowest = { channel, mutation: p.mutation, ms };
    }
    report.payloads++;
    const changed = (await target.fingerprint()) !== before;
    if (SESSION_CHANNEL.test(channel) && (await target.sessionState()) !== sessionBefore) failed('the open workspace changed');
    if (!isResult(result)) {
      failed('the answer is not a Result');
      continue;
    }
    if (result.ok) {
      report.accepted++;
      keepGoneCurrent(options.gone, channel, p.input);
      if (p.expect === 'refuse') failed('accepted');
      else if (options.writesRefused && contract[channel].writes) failed('a write accepted while the workspace cannot be written');
      else if (changed && !contract[channel].writes) failed('a read changed the workspace');
      continue;
    }
    report.refused++;
    const { error } = result;
    if (error.code === 'INTERNAL') failed('INTERNAL');
    else if (!ERROR_CODES.includes(error.code) || typeof error.key !== 'string') failed(`an error not of the contract's shape: ${shapeOf(error)}`);
    else if (p.expect === 'accept') failed(`refused (${error.code} ${error.key})`);
    // The schema reports every problem it finds, so a payload it refuses is refused naming the field;
    // one it accepts (a well-formed id of something gone) may be refused by the service on another.
    // (A value the field itself takes, refused by a cross-field rule, may be named by its partner.)
    // (Nor can a payload whose starting point was already invalid: its refusal names that.)
    else if (error.code === 'VALIDATION' && p.expect === 'refuse' && !noValidBase.includes(channel) && !schemaAccepts(channel, p.input) && !namesField(error.issues ?? [], p.path))
      failed(`refused without naming the field: ${JSON.stringify(error.issues?.map((i) => i.path))}`);
    if (changed) failed(`refused (${error.code} ${error.key}) but the workspace changed`);
  }
  report.ms = performance.now() - started;
  return report;
}

/** A record restored from the trash is no longer gone; one purged is gone for good. */
function keepGoneCurrent(gone: GoneIds, channel: Channel, input: unknown): void {
  if (channel !== 'trash.restore' && channel !== 'trash.purge') return;
  const id = (input as { id: string }).id;
  const i = gone.deleted.indexOf(id);
  if (i >= 0) gone.deleted.splice(i, 1);
  if (channel === 'trash.purge') gone.purged.push(id);
}

const schemaAccepts = (channel: Channel, input: unknown) => contract[channel].input.safeParse(input).success;

const isResult = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' && v !== null && 'ok' in v && (v.ok === true ? 'value' in v : typeof (v as { error?: unknown }).error === 'object');

/** An issue on the field, on something inside it, or on an object holding it (a cross-field rule, an unknown key). */
function namesField(issues: readonly { path: Path }[], path: Path): boolean {
  const prefix = (a: Path, b: Path) => a.length <= b.length && a.every((x, i) => x === b[i]);
  return issues.length > 0 && issues.some((i) => prefix(i.path, path) || prefix(path, i.path));
}

/** The payload's types and sizes, never its text. */
export function shapeOf(v: unknown, depth = 0): string {
  if (depth > 3) return '…';
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.length}× ${shapeOf(v.find((x) => x !== undefined), depth + 1)}]`;
  switch (typeof v) {
    case 'string':
      return `string(${v.length})`;
    case 'number':
      return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint':
      return 'bigint';
    case 'object': {
      const name = Object.getPrototypeOf(v)?.constructor?.name;
      if (name && name !== 'Object') return name;
      return `{${Object.entries(v).map(([k, x]) => `${k}: ${shapeOf(x, depth + 1)}`).join(', ')}}`;
    }
    default:
      return typeof v;
  }
}

/** One line per failure, and how many of each kind. */
export function describeFailures(failures: readonly FuzzFailure[], max = 40): string {
  const lines = failures.slice(0, max).map((f) => `#${f.index} ${f.channel} [${f.group}] ${f.mutation} at ${f.path.join('.') || '(input)'}: ${f.problem} — ${f.shape.slice(0, 300)}`);
  if (failures.length > max) lines.push(`… and ${failures.length - max} more`);
  return `seed ${failures[0]?.seed}: ${failures.length} failure(s)\n${lines.join('\n')}`;
}
