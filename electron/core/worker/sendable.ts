// What the host refuses to pass to the core's thread: a payload structured clone cannot carry.
// V8's serializer recurses once per level of nesting and runs out of stack near 5,000 levels
// (a RangeError thrown in the host, so the call would end in an exception instead of a Result);
// a value it cannot clone at all (a function, a symbol) throws DataCloneError. No payload of the
// contract is nested deeper than ten levels, so anything past MAX_DEPTH is refused here, before
// it is sent, with the error the core's own check would give: the contract's schema names the field.
import { contract, isChannel } from '../../../shared/channels';
import { type Result, toFieldIssues } from '../../../shared/result';

export const MAX_DEPTH = 64;

/** Whether `value` holds objects or lists nested more than `max` deep (each shared object walked once). */
export function nestedBeyond(value: unknown, max: number): boolean {
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    if (depth >= max) return true;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push([k, depth + 1], [x, depth + 1]);
    else if (v instanceof Set) for (const x of v) stack.push([x, depth + 1]);
    else if (!ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer)) for (const x of Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
}

/** The refusal of a payload that cannot be sent, naming the field where the contract's schema can. */
export function unsendable(channel: unknown, input: unknown): Result<never> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', key: 'unknownChannel' } };
  const parsed = contract[channel].input.safeParse(input, { reportInput: true });
  const issues = parsed.success ? [{ path: [], key: 'tooDeep', params: { maximum: MAX_DEPTH } }] : toFieldIssues(parsed.error.issues);
  return { ok: false, error: { code: 'VALIDATION', key: 'validation', issues } };
}
