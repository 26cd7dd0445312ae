// The fuzz's payloads: a valid payload of a channel with one thing made wrong — the whole input
// of the wrong type, a required field missing, a field unknown to a strict object, a field of
// the wrong type, a huge or deeply nested value, control and surrogate characters, impossible
// and extreme dates and numbers, ids of deleted, purged or other records. Each payload says
// what must happen: refused (most), accepted (any text in a search box), or either (a
// mutation that may still be valid, e.g. -0 as a count). Payloads whose expectation is the
// shared text and date rule (branch `rules`, issue 12) are in group 'rules'.
import type { z } from 'zod';
import { type Channel, contract } from '../../../../shared/channels';
import type { Rng } from '../../../../bench/text';
import { type IdPool, sameKind, tableFor } from './idPool';
import { defOf, isOptional, isStrict, lengthBounds, numberBounds, stringFormat, unwrap } from './zodShape';

export type Path = (string | number)[];
export type Expect = 'refuse' | 'accept' | 'either';
export type Group = 'core' | 'rules';

export interface Payload {
  channel: Channel;
  mutation: string;
  group: Group;
  /** Where the mutation is ([] for the whole input). */
  path: Path;
  input: unknown;
  expect: Expect;
}

/** Records the fuzz deleted (still in the trash) and purged before it started. */
export interface GoneIds {
  deleted: string[];
  purged: string[];
}

/** A field of the valid payload (present or not) with its schema. */
interface Slot {
  path: Path;
  /** The field's schema with its wrappers (optional, nullable, default). */
  field: z.ZodType;
  /** What a value must be (wrappers and transforms taken off). */
  core: z.ZodType;
}

export const DEEP = 10_000;
export const HUGE = 1 << 20;

const b64 = (bytes: number[] | Buffer) => Buffer.from(bytes).toString('base64');
const randomBytes = (r: Rng, n: number) => Array.from({ length: n }, () => r.int(0, 255));
/** A PNG signature and IHDR chunk claiming `w` × `h` pixels, then `tail` bytes of noise. */
const pngHeader = (w: number, h: number, tail: number[]) => {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  return Buffer.concat([b, Buffer.from(tail)]);
};
/** A JPEG start and a frame header (SOF0) of `w` × `h`. */
const jpegHeader = (w: number, h: number) => Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, h >> 8, h & 255, w >> 8, w & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);

function fileContents(r: Rng): [string, string][] {
  return [
    ['of random bytes', b64(randomBytes(r, r.int(1, 4096)))],
    ['PNG header claiming 100,000 × 100,000 pixels', b64(pngHeader(100_000, 100_000, randomBytes(r, 64)))],
    ['PNG header of 0 × 0', b64(pngHeader(0, 0, []))],
    ['PNG header of 2^32-1 pixels a side', b64(pngHeader(0xffffffff, 0xffffffff, []))],
    ['truncated PNG', b64(pngHeader(10, 10, []).subarray(0, r.int(1, 32)))],
    ['JPEG header of 65,535 × 65,535', b64(jpegHeader(65_535, 65_535))],
    ['JPEG markers with zero lengths', b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xe1, 0, 0, 0xff, 0xff, 0xff, 0xd8, 0, 0, 0, 0, 0, 0]))],
    ['data: URL of HTML', `data:text/html;base64,${b64(Buffer.from('<script>alert(1)</script>'))}`],
    ['data: URL of SVG', `data:image/svg+xml;base64,${b64(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))}`],
    ['data: URL without a comma', 'data:image/png;base64'],
    ['base64 with characters outside its alphabet', '@@@@!!!!====測試'],
    ['base64 of the wrong length', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf'],
    ['PDF header and noise', b64(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(randomBytes(r, 200))]))],
    ['RIFF/WEBP header claiming 16,777,216 pixels a side', b64(Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8X', 'latin1'), Buffer.from([10, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0])]))],
  ];
}

/** A template file (JSON) spoilt: cut short, nested deep, a key of the prototype, the wrong format version. */
function templateTexts(r: Rng, valid: string): [string, string][] {
  return [
    ['cut short', valid.slice(0, r.int(0, Math.max(0, valid.length - 1)))],
    ['JSON nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['JSON object nested 10,000 deep', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['with __proto__', valid.replace(/^\{/, '{"__proto__":{"isAdmin":true},')],
    ['of format version 99', valid.replace(/"formatVersion":\s*1/, '"formatVersion": 99')],
    ['null', 'null'],
    ['a BOM and the file', `\ufeff${valid}`],
    ['of 1e400', valid.replace(/"weight":\s*\d+/, '"weight": 1e400')],
  ];
}

const shapeOfEdge = (v: unknown) => (typeof v === 'string' ? `text of ${v.length}` : Array.isArray(v) ? `list of ${v.length}` : String(v));

/** A list with a hole where its first item would be (structured clone keeps holes). */
function sparse(): unknown[] {
  const list: unknown[] = [];
  list[1] = 'x';
  return list;
}

/** `depth` arrays, each holding the next: [[[…]]]. */
export function nested(depth: number, asObject = false): unknown {
  let v: unknown = asObject ? {} : [];
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
}

const hugeAscii = 'x'.repeat(HUGE);
const hugeChinese = '测'.repeat(HUGE);
const deepArray = nested(DEEP);
const deepObject = nested(DEEP, true);

/** The characters the shared text rule refuses: NUL, escape, bell, bidi override/isolate, lone surrogates. */
const CONTROL = ['\u0000', '\u001b', '\u0007', '\u007f', '\u202e', '\u2066', '\u2069', '\ud800', '\udfff'];
const controlName = (c: string) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
/** What people type into a search box that FTS5 would read as syntax. */
const SEARCH_TEXTS = ['"', '"未闭合', "'; DROP TABLE companies; --", 'a OR b', 'NEAR(沪工 阀门)', '*', 'name:沪工', '^沪', '-', '()', 'AND', '😀', '沪工😀', '%_\\', '\u0000'];
const BAD_DATES = ['2018-02-30', '2018-13-01', '2018-00-10', '１２３', '２０１８-０９-１０', '2018-9-1', '', '20180910', '2018-09-10T00:00', ' 2018-09-10', '2018-09-10 '];
/** Well-formed days outside 1900–2100 (the date rule of issue 12), and two-digit years. */
const FAR_DATES = ['0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '0099-05-05', '0018-09-10'];
const BAD_DATE_TIMES = ['2018-02-30T10:00', '2018-09-10T24:00', '2018-09-10T10:60', '2018-09-10', '2018-09-10T10:00Z', '２０１８-09-10T10:00'];
const FAR_DATE_TIMES = ['0000-01-01T00:00', '9999-12-31T23:59', '1899-12-31T23:59'];

export class PayloadMaker {
  private readonly slots = new Map<Channel, Slot[]>();

  constructor(
    private readonly r: Rng,
    private readonly bases: Map<Channel, unknown>,
    private readonly ids: IdPool,
    private readonly gone: GoneIds,
    /** Add values only structured clone carries (Map, Date, typed arrays, …): for the worker run. */
    private readonly cloneValues = false,
  ) {}

  make(channel: Channel): Payload {
    const base = this.bases.get(channel);
    const slots = this.slotsOf(channel);
    const families = ['top', 'missing', 'extra', 'wrongType', 'deep', 'huge', 'text', 'date', 'number', 'id', 'edge', 'file', ...(this.cloneValues ? ['clone', 'clone'] : [])];
    for (;;) {
      const family = this.r.pick(families);
      const made = this.family(channel, family, base, slots);
      if (made) return { channel, ...made };
    }
  }

  private family(channel: Channel, family: string, base: unknown, slots: Slot[]): Omit<Payload, 'channel'> | null {
    const r = this.r;
    const top = contract[channel].input as z.ZodType;
    const byKind = (...kinds: string[]) => slots.filter((s) => kinds.includes(defOf(s.core).type));
    const strings = (...formats: string[]) => byKind('string').filter((s) => formats.includes(stringFormat(s.core)));
    const bySchema = (s: Slot, v: unknown): Expect => (s.field.safeParse(v).success ? 'either' : 'refuse');
    const at = (s: Slot, v: unknown, mutation: string, expect: Expect, group: Group = 'core') => ({
      mutation, group, path: s.path, input: setAt(base, s.path, v), expect,
    });
    switch (family) {
      case 'top': {
        const values: [string, unknown][] = [['undefined', undefined], ['null', null], ['string', '上海沪工'], ['number', 42], ['array', [base]], ['true', true], ['deep array', deepArray], ['deep object', deepObject], ['huge string', hugeAscii]];
        if (this.cloneValues) values.push(['Map', new Map([['name', '沪工']])], ['Date', new Date()], ['Uint8Array', new Uint8Array(8)]);
        const [name, v] = r.pick(values);
        return { mutation: `input is ${name}`, group: 'core', path: [], input: v, expect: top.safeParse(v).success ? 'either' : 'refuse' };
      }
      case 'missing': {
        const required = slots.filter((s) => typeof s.path.at(-1) === 'string' && !isOptional(s.field) && has(base, s.path));
        if (!required.length) return null;
        const s = r.pick(required);
        return { mutation: 'required field missing', group: 'core', path: s.path, input: deleteAt(base, s.path), expect: 'refuse' };
      }
      case 'extra': {
        const objects = [{ path: [] as Path, core: unwrap(top) }, ...byKind('object').filter((s) => has(base, s.path))].filter((o) => defOf(o.core).type === 'object');
        if (!objects.length) return null;
        const o = r.pick(objects);
        const key = r.pick(['__fuzz', 'constructor', '__proto__', 'deletedAt', 'toString']);
        if (Object.hasOwn(defOf(o.core).shape!, key)) return null;
        const target = getAt(base, o.path) as Record<string, unknown>;
        // JSON.parse makes "__proto__" an own key, as a payload from outside would carry it.
        const rest = JSON.stringify(target ?? {}).slice(1, -1);
        const extended = JSON.parse(`{"${key}":{"status":"approved"}${rest ? `,${rest}` : ''}}`) as unknown;
        return { mutation: `unknown field ${key}`, group: 'core', path: o.path, input: setAt(base, o.path, extended), expect: isStrict(o.core) ? 'refuse' : 'either' };
      }
      case 'wrongType': {
        if (!slots.length) return null;
        const s = r.pick(slots);
        const [name, v] = r.pick<[string, unknown]>([['number', 42], ['string', '42'], ['boolean', true], ['object', { value: 1 }], ['array', ['x']], ['null', null], ['empty string', '']]);
        return at(s, v, `field is ${name}`, bySchema(s, v));
      }
      case 'deep': {
        if (!slots.length) return null;
        // A deep object where a loose object is asked for is the object with unknown keys dropped.
        const s = r.pick(slots);
        const v = r.chance(0.5) ? deepArray : deepObject;
        return at(s, v, `field nested ${DEEP} deep`, bySchema(s, v));
      }
      case 'huge': {
        const arrays = byKind('array');
        if (arrays.length && r.chance(0.3)) {
          const s = r.pick(arrays);
          const element = (getAt(base, s.path) as unknown[] | undefined)?.[0] ?? 'x';
          const n = 100_000;
          return at(s, new Array(n).fill(element), `list of ${n}`, lengthBounds(s.core).max < n ? 'refuse' : 'either');
        }
        const texts = byKind('string');
        if (!texts.length) return null;
        const chinese = r.chance(0.5);
        const s = r.pick(texts);
        // A search takes any text: a query is cut to its first characters, never refused.
        const expect: Expect = s.path.at(-1) === 'query' ? 'accept' : 'refuse';
        return at(s, chinese ? hugeChinese : hugeAscii, `string of ${HUGE} ${chinese ? 'Chinese' : 'ASCII'} characters`, expect);
      }
      case 'text': {
        // Opaque references (an import's id, a sheet's name, an audited record's id) are not
        // text anyone types; the text rule is for what people write and what is stored.
        const texts = strings('text').filter((x) => !/(Id|^sheet)$/.test(String(x.path.at(-1))));
        if (!texts.length) return null;
        const s = r.pick(texts);
        const isQuery = s.path.at(-1) === 'query';
        if (isQuery && r.chance(0.5)) {
          const q = r.pick(SEARCH_TEXTS);
          return at(s, q, `search text ${JSON.stringify(q.length > 3 ? q.slice(0, 3) + '…' : q)}`, 'accept', 'rules');
        }
        const c = r.pick(CONTROL);
        const current = getAt(base, s.path);
        const text = `${typeof current === 'string' && current ? current.slice(0, 10) : '嘉定'}${c}示例`;
        // Stored text must refuse them; a search takes any text; a filter of a read may do either.
        const expect: Expect = isQuery ? 'accept' : contract[channel].writes ? 'refuse' : 'either';
        return at(s, text, `text with ${controlName(c)}`, expect, 'rules');
      }
      case 'date': {
        const dates = strings('date');
        const times = strings('dateTime');
        if (!dates.length && !times.length) return null;
        const useTime = !dates.length || (times.length > 0 && r.chance(0.3));
        const s = r.pick(useTime ? times : dates);
        const far = r.chance(0.4);
        const v = r.pick(far ? (useTime ? FAR_DATE_TIMES : FAR_DATES) : useTime ? BAD_DATE_TIMES : BAD_DATES);
        return at(s, v, `${far ? 'date outside 1900–2100' : 'impossible date'} ${v}`, 'refuse', far ? 'rules' : 'core');
      }
      case 'number': {
        const numbers = byKind('number');
        if (!numbers.length) return null;
        const s = r.pick(numbers);
        const { min, max, int } = numberBounds(s.core);
        const cases: [string, number, Expect][] = [
          ['NaN', NaN, 'refuse'], ['Infinity', Infinity, 'refuse'], ['-Infinity', -Infinity, 'refuse'],
          ['1e308', 1e308, max < 1e308 ? 'refuse' : 'either'],
          ['MAX_SAFE_INTEGER+2', Number.MAX_SAFE_INTEGER + 2, int || max < 2 ** 53 ? 'refuse' : 'either'],
          ['-1', -1, min >= 0 ? 'refuse' : 'either'],
          ['-1e308', -1e308, min > -1e308 ? 'refuse' : 'either'],
          ['1.5', 1.5, int ? 'refuse' : 'either'],
          ['-0', -0, 'either'],
          ['5e-324', 5e-324, int ? 'refuse' : 'either'],
        ];
        const [name, v, expect] = r.pick(cases);
        return at(s, v, `number ${name}`, expect);
      }
      case 'id': {
        const idSlots = strings('id');
        if (!idSlots.length) return null;
        const s = r.pick(idSlots);
        const table = tableFor(channel, s.path);
        const current = getAt(base, s.path);
        const real = typeof current === 'string' ? current : (this.ids.companies?.[0] ?? '');
        const others = Object.entries(this.ids).filter(([t, ids]) => !sameKind(table, t) && ids.length).map(([, ids]) => ids);
        const kinds: [string, unknown, boolean][] = [
          ['of a deleted record', this.gone.deleted.length ? r.pick(this.gone.deleted) : null, true],
          ['of a purged record', this.gone.purged.length ? r.pick(this.gone.purged) : null, true],
          ['of another kind', others.length ? r.pick(r.pick(others)) : null, true],
          ['never used', `01${r.int(10, 99)}a000-0000-7000-8000-${String(r.int(0, 1e9)).padStart(12, '0')}`, true],
          ['in capitals', real.toUpperCase(), false],
          ['with a space', `${real} `, false],
          ['UUID v4', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', false],
          ['empty', '', false],
        ];
        const [name, v, wellFormed] = r.pick(kinds);
        if (v === null || (name === 'in capitals' && real.toUpperCase() === real)) return null;
        // A well-formed id of something that is not there: a write must refuse it; a read may
        // answer "not found" or an empty list; the trash's restore and purge take any record's id;
        // a contact's or follow-up's id the record does not own makes a new one (see replaceContacts).
        const ownId = s.path.at(-1) === 'id' && typeof s.path.at(-2) === 'number';
        const expect: Expect = !wellFormed ? bySchema(s, v) : contract[channel].writes && !channel.startsWith('trash.') && !ownId ? 'refuse' : 'either';
        return at(s, v, `id ${name}`, expect);
      }
      case 'edge': {
        // Values at the very edge of what the schema takes: the longest text (in Chinese, with a
        // line break and a tab), the largest and smallest numbers, the fullest lists, the first
        // and last days of the date rule's range. Still valid, so either answer is right; what
        // must not happen is an exception, INTERNAL or a refusal that wrote.
        if (!slots.length) return null;
        const s = r.pick(slots);
        const d = defOf(s.core);
        let v: unknown;
        if (d.type === 'number') {
          const { min, max, int } = numberBounds(s.core);
          v = r.chance(0.5) ? (Number.isFinite(max) ? max : int ? Number.MAX_SAFE_INTEGER : Number.MAX_VALUE) : Number.isFinite(min) ? min : int ? Number.MIN_SAFE_INTEGER : -Number.MAX_VALUE;
        } else if (d.type === 'string' && stringFormat(s.core) === 'text') {
          const { max } = lengthBounds(s.core);
          const n = Math.min(max, 100_000);
          v = r.chance(0.5) ? '测'.repeat(n) : `嘉定\n\t示例${'测'.repeat(Math.max(0, n - 6))}`.slice(0, n);
        } else if (d.type === 'string' && stringFormat(s.core) === 'date') {
          v = r.pick(['1900-01-01', '2100-12-31', '2000-02-29', '2018-12-31']);
        } else if (d.type === 'string' && stringFormat(s.core) === 'dateTime') {
          v = r.pick(['1900-01-01T00:00', '2100-12-31T23:59', '2018-09-10T23:59']);
        } else if (d.type === 'array') {
          const { max } = lengthBounds(s.core);
          const current = getAt(base, s.path) as unknown[] | undefined;
          if (!current?.length || max > 1000) return null;
          v = Array.from({ length: max }, (_, i) => current[i % current.length]);
        } else return null;
        return at(s, v, `edge value ${shapeOfEdge(v)}`, 'either');
      }
      case 'file': {
        // The contents of a file: a photo, a thumbnail, a logo or a scanned agreement (base64),
        // or a template file (JSON text). Garbage, truncated headers, headers that claim
        // 100,000 × 100,000 pixels, data: URLs of other types, JSON that stops half way or is
        // nested 100,000 deep. Some may be taken (only the header is read); none may end in INTERNAL.
        const files = byKind('string').filter((x) => ['data', 'thumb', 'text'].includes(String(x.path.at(-1))) && stringFormat(x.core) === 'text');
        if (!files.length) return null;
        const s = r.pick(files);
        const current = getAt(base, s.path);
        const [name, v] = r.pick(s.path.at(-1) === 'text' ? templateTexts(r, typeof current === 'string' ? current : '{}') : fileContents(r));
        return at(s, v, `file ${name}`, bySchema(s, v) === 'refuse' ? 'refuse' : 'either');
      }
      case 'clone': {
        const values: [string, unknown][] = [
          ['Date', new Date('2018-09-10T00:00:00Z')], ['Map', new Map([['a', 1]])], ['Set', new Set(['a'])], ['Uint8Array', new Uint8Array([1, 2, 3])],
          ['sparse array', sparse()], ['BigInt', 10n], ['undefined in a list', [undefined]], ['RegExp', /沪工/], ['ArrayBuffer', new ArrayBuffer(4)],
        ];
        const [name, v] = r.pick(values);
        if (!slots.length) return { mutation: `input is ${name}`, group: 'core', path: [], input: v, expect: top.safeParse(v).success ? 'either' : 'refuse' };
        const s = r.pick(slots);
        return at(s, v, `field is a ${name}`, bySchema(s, v));
      }
    }
    return null;
  }

  /** Every field of the channel's input, nested ones inside the valid payload's lists and objects included. */
  private slotsOf(channel: Channel): Slot[] {
    let slots = this.slots.get(channel);
    if (!slots) {
      slots = [];
      collectSlots(contract[channel].input as z.ZodType, this.bases.get(channel), [], slots);
      this.slots.set(channel, slots);
    }
    return slots;
  }
}

function collectSlots(schema: z.ZodType, value: unknown, path: Path, out: Slot[]): void {
  const core = unwrap(schema);
  const d = defOf(core);
  if (path.length) out.push({ path, field: schema, core });
  if (d.type === 'object' && isRecord(value)) {
    for (const [k, field] of Object.entries(d.shape!)) collectSlots(field, value[k], [...path, k], out);
  } else if (d.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => collectSlots(d.element!, v, [...path, i], out));
  } else if (d.type === 'union') {
    const option = d.options!.find((o) => o.safeParse(value).success);
    if (option) {
      const od = defOf(unwrap(option));
      if (od.type === 'object' && isRecord(value)) for (const [k, field] of Object.entries(od.shape!)) collectSlots(field, value[k], [...path, k], out);
    }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path) v = (v as Record<string | number, unknown> | undefined)?.[p];
  return v;
}

const has = (value: unknown, path: Path) => {
  const parent = getAt(value, path.slice(0, -1));
  return typeof parent === 'object' && parent !== null && Object.hasOwn(parent, path.at(-1)!);
};

/** A copy of `value` with `path` set to `v` (the objects and lists on the way copied, the rest shared). */
function setAt(value: unknown, path: Path, v: unknown): unknown {
  if (!path.length) return v;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : isRecord(value) ? { ...value } : {}) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, v);
  return copy;
}

function deleteAt(value: unknown, path: Path): unknown {
  const parentPath = path.slice(0, -1);
  const parent = getAt(value, parentPath);
  if (Array.isArray(parent)) return setAt(value, parentPath, parent.filter((_, i) => i !== path.at(-1)));
  const { [path.at(-1)!]: _, ...rest } = parent as Record<string, unknown>;
  return setAt(value, parentPath, rest);
}
