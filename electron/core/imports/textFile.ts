// A CSV or tab-separated text file read as it streams from disk, in chunks of 64 KB: each chunk is
// decoded, parsed and its rows gathered, then the job's tick reports progress, yields to the
// event loop (so the core answers other calls meanwhile) and stops the read if the job was
// cancelled. Which encoding: a byte-order mark says UTF-16 (Excel's "Unicode 文本") or UTF-8;
// without one, UTF-8 when every byte is valid UTF-8, else GB18030 (a Chinese Excel's CSV), read
// again from the start the moment the UTF-8 decoder meets a byte it cannot take.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_COLUMNS } from '../../../shared/imports/schema';
import { fail } from '../../../shared/result';
import { CsvParser, encodingOfBom, guessSeparator, type TextEncodingName } from './csv';
import type { Tick } from './plan';
import { type SheetData, SheetCollector } from './sheetRows';

const CHUNK = 64 * 1024;

export async function readTextFile(file: string, head: Uint8Array, size: number, tick?: Tick): Promise<{ encoding: TextEncodingName; sheet: SheetData | null }> {
  const bom = encodingOfBom(head);
  if (bom === 'utf-16le' || bom === 'utf-16be') return { encoding: bom, sheet: await parseAs(file, bom, 0, size, tick) };
  try {
    return { encoding: 'utf-8', sheet: await parseAs(file, 'utf-8', 0, size, tick) };
  } catch (e) {
    if (!isUndecodable(e)) throw e;
    return { encoding: 'gb18030', sheet: await parseAs(file, 'gb18030', bom ? 3 : 0, size, tick) };
  }
}

const isUndecodable = (e: unknown) => e instanceof TypeError && (e as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

/** Decodes (UTF-8 strictly, so a GB18030 file is noticed), parses and gathers the rows of the file from byte `start`. */
async function parseAs(file: string, encoding: TextEncodingName, start: number, size: number, tick?: Tick): Promise<SheetData | null> {
  const fileName = path.basename(file);
  // The decoder drops a UTF-8 or UTF-16 byte-order mark itself.
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const wide = encoding.startsWith('utf-16');
  const rows = new SheetCollector(path.parse(fileName).name);
  let parser: CsvParser | null = null;
  /** Text before the first line break: the separator is guessed from the header line. */
  let firstLine = '';
  let n = 0;
  const gather = (parsed: string[][]) => {
    for (const cells of parsed) rows.add({ n: ++n, cells });
  };
  const feed = (text: string, last: boolean) => {
    if (!parser) {
      firstLine += text;
      if (!last && !/[\r\n]/.test(text)) return;
      parser = new CsvParser(guessSeparator(firstLine), MAX_IMPORT_COLUMNS, () => fail('VALIDATION', 'tooManyColumns', { file: fileName, limit: MAX_IMPORT_COLUMNS }));
      text = firstLine;
    }
    gather(parser.push(text));
    if (last) gather(parser.end());
  };
  let done = start;
  const stream = createReadStream(file, { start, highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // A NUL byte is binary data (a renamed program or picture); in UTF-16 it is half of every Latin letter.
      if (!wide && chunk.includes(0)) fail('VALIDATION', 'notSpreadsheet', { file: fileName });
      const text = decoder.decode(chunk, { stream: true });
      if (wide && text.includes('\0')) fail('VALIDATION', 'notSpreadsheet', { file: fileName });
      feed(text, false);
      done += chunk.length;
      await tick?.(done, size);
    }
  } finally {
    stream.destroy();
  }
  feed(decoder.decode(), true);
  return rows.finish();
}
