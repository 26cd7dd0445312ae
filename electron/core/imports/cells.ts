// Turns what a cell holds into what a field takes: Excel gives numbers as numbers but staff
// often type "850人", "4000-6000元", "是"/"否"; these readers accept the common forms and say
// which key to show when a cell cannot be read.

export type Cell = string | number | boolean | Date | null;

export type Read<T> = { value: T } | { problem: string; params?: Record<string, string | number> };

/** A cell as text for display and for text fields; dates as YYYY-MM-DD, numbers without grouping. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  if (typeof c === 'boolean') return c ? '是' : '否';
  return String(c).trim();
}

const toHalfWidth = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[，,\s]/g, '');

/** A number, also from text like "850", "850人", "6,500元", "８５０". Empty: null. */
export function readNumber(c: Cell): Read<number | null> {
  if (c === null || c === '') return { value: null };
  if (typeof c === 'number') return { value: c };
  const s = toHalfWidth(cellText(c)).replace(/(人|名|元|元\/月|小时|天|h)$/i, '');
  if (s === '') return { value: null };
  if (!/^\d+(\.\d+)?$/.test(s)) return { problem: 'importNotANumber' };
  return { value: Number(s) };
}

const RANGE = /^(\d+(?:\.\d+)?)(?:[-~～—–至到](\d+(?:\.\d+)?))?(以上|起)?$/;
const OPEN = /^(面议|待定|negotiable)$/i;

/** Monthly pay as "4000-6000", "4000～6000元", "5000以上", "6000" or "面议" (open: both null). */
export function readPayRange(c: Cell): Read<{ min: number | null; max: number | null }> {
  if (c === null || c === '') return { value: { min: null, max: null } };
  if (typeof c === 'number') return { value: { min: c, max: c } };
  const s = toHalfWidth(cellText(c)).replace(/元(\/月|每月)?|\/月|每月/g, '');
  if (s === '' || OPEN.test(s)) return { value: { min: null, max: null } };
  const m = RANGE.exec(s);
  if (!m) return { problem: 'importNotAPayRange' };
  const min = Number(m[1]);
  if (m[3]) return { value: { min, max: null } };
  return { value: { min, max: m[2] === undefined ? min : Number(m[2]) } };
}

const YES = new Set(['是', '有', '包', '包住', '包吃', '提供', '免费', 'y', 'yes', 'true', '1', '√', '✓', '✔']);
const NO = new Set(['否', '无', '没有', '不包', '不提供', 'n', 'no', 'false', '0', '×', '✗', '-', '/']);

/** Yes or no from 是/否, 包/不包, 有/无, Y/N, 1/0, √/×. Empty: null (the field's default). */
export function readYesNo(c: Cell): Read<boolean | null> {
  if (c === null || c === '') return { value: null };
  if (typeof c === 'boolean') return { value: c };
  const s = cellText(c).toLowerCase().replace(/\s/g, '');
  if (s === '') return { value: null };
  if (YES.has(s)) return { value: true };
  if (NO.has(s)) return { value: false };
  return { problem: 'importNotYesNo' };
}

/** Tags written in one cell: "食宿齐全、规模大" or "a, b; c". */
export const readTags = (c: Cell): string[] =>
  cellText(c)
    .split(/[,，、;；/|\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);
