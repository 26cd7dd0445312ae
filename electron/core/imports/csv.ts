// CSV as the staff's Excel saves it: UTF-8 (with or without a byte-order mark), GB18030/GBK from
// a Chinese Excel's "CSV (逗号分隔)", or UTF-16 from Excel's "Unicode 文本" (tab-separated). A
// small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF)
// instead of a library: the decoding is ours anyway (TextDecoder), and the grammar is a dozen
// lines we test directly. It takes text in pieces, so a file is parsed as it streams in.

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/**
 * The encoding a byte-order mark names (UTF-16 as Excel's "Unicode text" writes it, or UTF-8),
 * or null when the file starts without one.
 */
export function encodingOfBom(head: Uint8Array): TextEncodingName | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  return null;
}

/**
 * An RFC 4180 reader fed in pieces: `push` returns the rows the piece completed, `end` the last
 * one. A quote or a CR at the end of one piece is settled by the first character of the next.
 */
export class CsvParser {
  private row: string[] = [];
  private field = '';
  private quoted = false;
  /** Inside quotes, a '"' was the last character: a doubled quote or the closing one. */
  private quoteSeen = false;
  /** A CR ended the last row; an LF right after it belongs to it (CRLF). */
  private afterCr = false;

  /** `tooWide` is called (and must throw) when a row passes `maxFields`, before it grows further. */
  constructor(private readonly separator = ',', private readonly maxFields = Infinity, private readonly tooWide?: () => never) {}

  push(text: string): string[][] {
    const rows: string[][] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.afterCr) {
        this.afterCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (ch === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (ch === '"') this.quoteSeen = true;
        else this.field += ch;
      } else if (ch === '"' && this.field === '') this.quoted = true;
      else if (ch === this.separator) this.endField();
      else if (ch === '\n' || ch === '\r') {
        rows.push(this.endRow());
        this.afterCr = ch === '\r';
      } else this.field += ch;
    }
    return rows;
  }

  end(): string[][] {
    return this.field !== '' || this.row.length > 0 ? [this.endRow()] : [];
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    if (this.row.length > this.maxFields) this.tooWide?.();
  }

  private endRow(): string[] {
    this.endField();
    const row = this.row;
    this.row = [];
    return row;
  }
}

/** Rows of fields of a whole text. A field is quoted when it holds a comma, a quote or a line break. */
export function parseCsv(text: string, separator = ','): string[][] {
  const parser = new CsvParser(separator);
  return [...parser.push(text), ...parser.end()];
}

/** Excel writes semicolon-separated files in some locales, tab-separated as "Unicode text": the header line tells. */
export function guessSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best = ',';
  let most = 0;
  for (const s of [',', ';', '\t']) {
    const n = firstLine.split(s).length - 1;
    if (n > most) {
      best = s;
      most = n;
    }
  }
  return best;
}
