// A valid payload for a channel, derived from its input schema and filled with real ids from
// the workspace. Random choices (which optional fields, which enum value) come from the fuzz's
// seeded generator; the payload is checked against the schema and tried again when a
// cross-field rule (pay from ≤ pay to, …) refused it.
import type { z } from 'zod';
import { type Channel, contract } from '../../../../shared/channels';
import type { Rng } from '../../../../bench/text';
import { type IdPool, tableFor } from './idPool';
import { defOf, isOptional, lengthBounds, numberBounds, stringFormat, unwrap } from './zodShape';

type Path = (string | number)[];

const TEXTS = ['嘉定示例', '华亭镇', '普工', '食宿齐全', '赴德钦专场招聘', 'Deqin'];

class Generator {
  constructor(
    private readonly channel: Channel,
    private readonly r: Rng,
    private readonly ids: IdPool,
    /** Leave optional fields out and take the smallest values. */
    private readonly minimal: boolean,
  ) {}

  value(schema: z.ZodType, path: Path): unknown {
    const wrapped = defOf(schema);
    if (wrapped.type === 'nullable' && this.r.chance(this.minimal ? 0.8 : 0.15)) return null;
    const s = unwrap(schema);
    const d = defOf(s);
    switch (d.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [k, field] of Object.entries(d.shape!)) {
          const nestedId = k === 'id' && path.length > 0;
          if (isOptional(field) && (this.minimal || nestedId || this.r.chance(0.4))) continue;
          out[k] = this.value(field, [...path, k]);
        }
        return out;
      }
      case 'array': {
        const { min, max } = lengthBounds(s);
        const n = Math.min(max, Math.max(min, this.minimal ? 0 : this.r.int(0, 2)));
        const seen = new Set<unknown>();
        const out: unknown[] = [];
        for (let i = 0; i < n * 3 && out.length < n; i++) {
          const v = this.value(d.element!, [...path, out.length]);
          if (typeof v === 'string' && seen.has(v)) continue; // lists of ids are sets
          seen.add(v);
          out.push(v);
        }
        return out;
      }
      case 'string':
        return this.string(s, path);
      case 'number': {
        const { min, max, int } = numberBounds(s);
        const lo = Number.isFinite(min) ? min : 0;
        const hi = Number.isFinite(max) ? Math.min(max, lo + 100) : lo + 100;
        return this.minimal ? lo : int ? this.r.int(lo, hi) : lo + this.r.next() * (hi - lo);
      }
      case 'boolean':
        return this.r.chance(0.5);
      case 'enum':
        return this.r.pick(Object.values(d.entries!));
      case 'literal':
        return d.values![0];
      case 'union': {
        const options = [...d.options!];
        while (options.length) {
          const o = options.splice(this.r.int(0, options.length - 1), 1)[0]!;
          const v = this.value(o, path);
          if (o.safeParse(v).success) return v;
        }
        return undefined;
      }
      case 'record':
        return {};
      default:
        return undefined;
    }
  }

  private string(s: z.ZodType, path: Path): string {
    switch (stringFormat(s)) {
      case 'id': {
        const table = tableFor(this.channel, path);
        const ids = table ? this.ids[table] : undefined;
        return ids?.length ? this.r.pick(ids) : '0190a000-0000-7000-8000-000000000000';
      }
      case 'date':
        return `2018-0${this.r.int(6, 9)}-${10 + this.r.int(0, 18)}`;
      case 'dateTime':
        return `2018-09-${10 + this.r.int(0, 18)}T0${this.r.int(8, 9)}:30`;
      case 'itemKey':
        return `item_${this.r.int(1, 999)}`;
      case 'backupId':
        return '20180910-093000-000-manual.sqlite';
      case 'text': {
        const { min, max } = lengthBounds(s);
        const key = String(path.findLast((p) => typeof p === 'string') ?? '');
        let text = /phone/i.test(key) ? '021-69989000' : `${this.r.pick(TEXTS)}${this.r.int(1, 99_999)}`;
        if (/query/i.test(key) && this.minimal) text = '';
        while (text.length < min) text += '示';
        return text.slice(0, Math.max(min, Math.min(max, text.length)));
      }
    }
  }
}

/**
 * A payload the channel's schema accepts (valid: true), or the last attempt when none was found
 * in `tries` (valid: false; the channel is then fuzzed from it and its mutations are all refused
 * anyway). Random dates make about half the attempts end before they start, hence the many tries.
 */
export function validInput(channel: Channel, r: Rng, ids: IdPool, tries = 40): { input: unknown; valid: boolean } {
  const schema = contract[channel].input as z.ZodType;
  let last: unknown = undefined;
  for (let i = 0; i < tries; i++) {
    last = new Generator(channel, r, ids, i === tries - 1).value(schema, []);
    if (schema.safeParse(last).success) return { input: last, valid: true };
  }
  return { input: last, valid: false };
}
