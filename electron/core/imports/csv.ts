// CSV as the staff's Excel saves it: UTF-8 (with or without a byte-order mark) or, from a
// Chinese Excel's "CSV (逗号分隔)", GB18030/GBK. A small RFC 4180 reader (quoted fields,
// doubled quotes, line breaks inside quotes, CRLF or LF) instead of a library: the decoding
// is ours anyway (TextDecoder), and the grammar is a dozen lines we test directly.

export type TextEncodingName = 'utf-8' | 'gb18030';

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

/** Rows of fields. A field is quoted when it holds a comma, a quote or a line break. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => (row.push(field), (field = ''));
  const endRow = () => (endField(), rows.push(row), (row = []));
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i += 1; // CRLF ends one row
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
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
