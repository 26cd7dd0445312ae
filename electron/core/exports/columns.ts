// What every dataset hands the writers: typed columns with headers in the UI language and
// rows in chunks. Cells are plain values; the column type says how a writer stores them.
export type Lang = 'zh' | 'en';

/** text: a string cell; number: a numeric cell; date: 'YYYY-MM-DD' stored as a real date (XLSX) or ISO (CSV). */
export type ColumnType = 'text' | 'number' | 'date';
export type Cell = string | number | null;

export interface Column {
  header: string;
  type: ColumnType;
  /** Width in characters (XLSX only). */
  width: number;
}

export interface ExportSource {
  columns: Column[];
  /** Rows that will be written, for progress. */
  total: number;
  /** Rows in chunks small enough (a few hundred) that a chunk is well under 50 ms of work. */
  chunks(): Generator<Cell[][]>;
}

/** A header label in both languages. */
export type Label = { zh: string; en: string };

export const col = (label: Label, lang: Lang, type: ColumnType, width = type === 'date' ? 12 : type === 'number' ? 10 : 16): Column => ({
  header: label[lang],
  type,
  width,
});

export const yesNo = (v: boolean | null | undefined, lang: Lang): string | null =>
  v === null || v === undefined ? null : lang === 'zh' ? (v ? '是' : '否') : v ? 'Yes' : 'No';

/** Rows per chunk: well under 50 ms of SQL plus writing for every dataset here. */
export const CHUNK = 500;

/** Splits rows already in memory into chunks. */
export function* inChunks<T>(items: readonly T[], toRow: (item: T) => Cell[], size = CHUNK): Generator<Cell[][]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size).map(toRow);
}
