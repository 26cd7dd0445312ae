// The fields a log line may carry, each key with its kind. The type lets only these keys be
// written (`log.info('x', { name })` does not compile), and the same table is applied at run
// time, so a value that slips past the type (from JavaScript, from `as`) is still checked: an
// id that is not id-shaped, a code that is not a short identifier, text anywhere, are masked.
import { redactText } from './redact';

/** Ids of records (UUID v7) or integer row ids: nothing else goes in an id field. */
type IdKey = 'id' | `${string}Id`;
/** Numbers only: counts, sizes, durations, versions. */
type CountKey = 'count' | 'rows' | 'ms' | 'bytes' | 'removed' | 'exitCode' | 'schemaVersion' | 'port' | `${string}Count`;
/** Short identifiers written by the program itself: a channel, an error code or key, a job kind, a route pattern. */
type CodeKey = 'channel' | 'code' | 'key' | 'kind' | 'op' | 'seam' | 'method' | 'status' | 'route' | 'where' | 'version';
/** Free text (an error's message, a stack): always passed through redactText. */
type TextKey = 'message' | 'stack' | 'detail';

export type LogFields = Partial<Record<IdKey, string | number | null> & Record<CountKey, number | null> & Record<CodeKey, string | null> & Record<TextKey, string | null>> & {
  /** An error: its name, code, message and stack, the text redacted. */
  error?: unknown;
};

const ID_SHAPE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]{1,12})$/i;
/** What a code may look like: `companies.create`, `SQLITE_BUSY`, `/companies/:id`, `3.2.1`. */
const CODE_SHAPE = /^[A-Za-z0-9_.:/#@-]{0,120}$/;
const COUNT_KEYS = new Set(['count', 'rows', 'ms', 'bytes', 'removed', 'exitCode', 'schemaVersion', 'port']);
const CODE_KEYS = new Set(['channel', 'code', 'key', 'kind', 'op', 'seam', 'method', 'status', 'route', 'where', 'version']);
const TEXT_KEYS = new Set(['message', 'stack', 'detail']);

/** A stack or message longer than this is cut: a log line stays readable and the file small. */
export const MAX_TEXT = 4000;

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
const masked = '[masked]';

/** One field as written: by its key's kind; an unknown key keeps its name and loses its value. */
function safeValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'boolean') return value ?? null;
  if (key === 'id' || key.endsWith('Id')) return (typeof value === 'string' || typeof value === 'number') && ID_SHAPE.test(String(value)) ? value : masked;
  if (COUNT_KEYS.has(key) || key.endsWith('Count')) return typeof value === 'number' && Number.isFinite(value) ? value : masked;
  if (CODE_KEYS.has(key)) return typeof value === 'string' && CODE_SHAPE.test(value) ? value : typeof value === 'string' ? clip(redactText(value)) : masked;
  if (TEXT_KEYS.has(key)) return typeof value === 'string' ? clip(redactText(value)) : masked;
  return masked;
}

/** An error as logged: never its own enumerable fields (a driver may attach the values it was given). */
export function safeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: clip(redactText(String(e))) };
  // An error's class name (TypeError, SqliteError) is shaped like a code; `name` is no field a
  // caller may write, so a person's name has no key to go in by.
  const out: Record<string, unknown> = { name: safeValue('kind', e.name) };
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') out.code = safeValue('code', code);
  out.message = clip(redactText(e.message));
  if (e.stack) out.stack = clip(redactText(e.stack));
  if (e.cause !== undefined) out.cause = safeError(e.cause);
  return out;
}

/** The fields as they go into the file. */
export function safeFields(fields: LogFields | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    out[key] = key === 'error' ? safeError(value) : safeValue(key, value);
  }
  return out;
}
