// The table of contents of a zip file (an .xlsx is one), read from its central directory at the
// end of the file without inflating anything, and one entry's content as a stream that stops
// the moment it yields more bytes than the directory declared. Together they let a workbook's
// declared sizes be judged before it is expanded, and a file that lies about them be caught
// while streaming, with never more in memory than a chunk.
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not in an .xlsx. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
/** ZIP64 marks a size or offset it moved elsewhere with all ones; an .xlsx of 50 MB never needs it. */
const ZIP64 = 0xffffffff;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The entries of the zip, or null when its directory is missing or damaged (not a zip we read). */
export async function zipEntries(fh: FileHandle, fileSize: number): Promise<ZipEntry[] | null> {
  const tailStart = Math.max(0, fileSize - EOCD_SEARCH);
  const tail = await readAt(fh, tailStart, fileSize - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (dirOffset === ZIP64 || dirSize === ZIP64 || dirOffset + dirSize > fileSize) return null;
  const dir = await readAt(fh, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    entries.push({
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localHeaderOffset: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry whose content is longer than its declared size: the zip is damaged or built to mislead. */
export class ZipSizeLie extends Error {
  constructor(readonly entry: string) {
    super(`zip entry ${entry} holds more than its declared size`);
  }
}

/**
 * The entry's uncompressed content in chunks. Throws ZipSizeLie as soon as it passes the declared
 * size, so reading it never costs more than the directory admitted. Breaking out of the loop
 * closes the file stream and the inflater.
 */
export async function* entryChunks(file: string, fh: FileHandle, entry: ZipEntry): AsyncGenerator<Buffer> {
  const local = await readAt(fh, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipSizeLie(entry.name);
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  const stream: Readable = entry.method === 0 ? raw : pipeline(raw, createInflateRaw(), () => {});
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > entry.size) throw new ZipSizeLie(entry.name);
      yield chunk as Buffer;
    }
  } finally {
    raw.destroy();
    stream.destroy();
  }
}
