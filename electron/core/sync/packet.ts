// A packet: one immutable file per send, carrying one computer's changes to its colleagues.
//
// Bytes:  "LDSYNC1\n" · header length (uint32, big-endian) · header JSON (clear) · body
// Body:   iv (12) · AES-256-GCM ciphertext · tag (16), under the team key, with the header's
//         bytes as additional authenticated data: a header edited, a body cut short or a
//         packet of another team all fail authentication, so nothing of it is ever applied.
// Plain:  JSON length (uint32) · gzip of JSON { manifest, blobs (where each goes), changes } · the blobs' bytes;
//         manifest.checksum = sha256 of the changes' JSON and the blobs (see takeBlobs).
//
// The header stays readable without the key so that a packet of another team, or one written
// by a newer version of the program (which must wait for an upgrade, never be half-read), is
// recognised before anything is decrypted or parsed.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Change } from './engine';
import type { Team } from './team';

export const PACKET_MAGIC = Buffer.from('LDSYNC1\n', 'latin1');
/** The byte layout above. A packet whose header names a later format waits for an upgrade. */
export const PACKET_FORMAT = 1;

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A header is a few hundred bytes; anything far larger is not one of ours. */
const MAX_HEADER_BYTES = 64 * 1024;

/** The clear part: enough to route (team, origin, seq) and to decide to wait, never trusted until the body authenticates it. */
export interface PacketHeader {
  format: number;
  teamId: string;
  origin: string;
  seq: number;
  schemaVersion: number;
  createdAt: string;
  /** Length of the encrypted body in bytes: a packet cut short says so before any decryption. */
  bytes: number;
}

export interface PacketManifest {
  origin: string;
  seq: number;
  schemaVersion: number;
  createdAt: string;
  /** sha256 (hex) of JSON.stringify(changes). */
  checksum: string;
  /** Packets (origin → highest seq) applied on the sender when it sent this one: this packet waits here until they are applied too. */
  applied: Record<string, number>;
  computerName: string;
  userName: string;
}

export type PacketRefusal = 'otherTeam' | 'damaged' | 'tampered';

export type DecodedPacket =
  | { kind: 'ok'; manifest: PacketManifest; changes: Change[] }
  | { kind: 'refused'; reason: PacketRefusal }
  /** Written by a newer program (schema or packet format): kept and tried again after an upgrade (请升级程序). */
  | { kind: 'waits'; waits: 'upgrade'; header: PacketHeader };

export interface PacketContent {
  team: Team;
  manifest: Omit<PacketManifest, 'checksum'>;
  changes: Change[];
}

/**
 * Blobs (photos, documents) leave the JSON and travel as raw bytes after it: as base64 inside
 * gzip they cost a third more to compress than to send, and gzip cannot shrink a JPEG anyway
 * (200 photos of 200 KB: 0.8 s of gzip per send). A column value of the form {$blob: base64}
 * is one; it is null in the JSON, and the table of blobs says where each goes back
 * ([change index, column, 'v' | 'old', byte length]), so no value is ever mistaken for one.
 */
type BlobPlace = [change: number, col: string, which: 'v' | 'old', bytes: number];

function takeBlobs(changes: Change[]): { skeleton: Change[]; table: BlobPlace[]; blobs: Buffer[] } {
  const table: BlobPlace[] = [];
  const blobs: Buffer[] = [];
  const skeleton = changes.map((change, i) => {
    let cols: Change['cols'] | null = null; // copied only when a blob is taken out
    for (const [col, c] of Object.entries(change.cols)) {
      for (const which of ['v', 'old'] as const) {
        const value = c[which];
        if (!isBlob(value)) continue;
        const bytes = Buffer.from(value.$blob, 'base64');
        table.push([i, col, which, bytes.length]);
        blobs.push(bytes);
        cols ??= { ...change.cols };
        cols[col] = { ...cols[col]!, [which]: null };
      }
    }
    return cols ? { ...change, cols } : change;
  });
  return { skeleton, table, blobs };
}

const isBlob = (v: unknown): v is { $blob: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { $blob?: unknown }).$blob === 'string' && Object.keys(v).length === 1;

/** The frame of a change (the engine judges what is inside): a packet that lacks it is not readable. */
function isChange(c: unknown): c is Change {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.tbl === 'string' &&
    Array.isArray(o.pk) &&
    (o.op === 'I' || o.op === 'U' || o.op === 'D') &&
    typeof o.cols === 'object' &&
    o.cols !== null &&
    Object.values(o.cols).every((col) => typeof col === 'object' && col !== null)
  );
}

/** The reverse of takeBlobs, in place; false when the table does not fit the changes and bytes. */
function putBlobs(changes: Change[], table: unknown[], plain: Buffer, from: number): boolean {
  let at = from;
  for (const entry of table) {
    if (!Array.isArray(entry) || entry.length !== 4) return false;
    const [i, col, which, size] = entry as unknown[];
    const cols = Number.isSafeInteger(i) ? changes[i as number]?.cols : undefined;
    const c = cols && typeof col === 'string' && Object.hasOwn(cols, col) ? cols[col] : undefined;
    if (!c || (which !== 'v' && which !== 'old') || !Number.isSafeInteger(size) || (size as number) < 0 || at + (size as number) > plain.length) return false;
    c[which] = { $blob: plain.subarray(at, at + (size as number)).toString('base64') };
    at += size as number;
  }
  return at === plain.length;
}

/** sha256 of the changes as carried: their JSON (blobs taken out), the table of blobs, then the blobs' bytes. */
function checksumOf(skeletonJson: string, tableJson: string, blobs: Iterable<Buffer>): string {
  const hash = createHash('sha256').update(skeletonJson, 'utf8').update('\n').update(tableJson, 'utf8').update('\n');
  for (const blob of blobs) hash.update(blob);
  return hash.digest('hex');
}

export function encodePacket({ team, manifest, changes }: PacketContent): Uint8Array {
  if (team.key.length !== 32) throw new Error('a team key is 32 bytes');
  const { skeleton, table, blobs } = takeBlobs(changes);
  const changesJson = JSON.stringify(skeleton);
  const tableJson = JSON.stringify(table);
  const full: PacketManifest = { ...manifest, checksum: checksumOf(changesJson, tableJson, blobs) };
  const json = gzipSync(Buffer.from(`{"manifest":${JSON.stringify(full)},"blobs":${tableJson},"changes":${changesJson}}`, 'utf8'));
  const jsonLength = Buffer.alloc(4);
  jsonLength.writeUInt32BE(json.length);
  const iv = randomBytes(IV_BYTES);
  const plainBytes = 4 + json.length + blobs.reduce((n, b) => n + b.length, 0);
  const header: PacketHeader = {
    format: PACKET_FORMAT,
    teamId: team.id,
    origin: manifest.origin,
    seq: manifest.seq,
    schemaVersion: manifest.schemaVersion,
    createdAt: manifest.createdAt,
    bytes: IV_BYTES + plainBytes + TAG_BYTES,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32BE(headerBytes.length);
  const cipher = createCipheriv('aes-256-gcm', team.key, iv);
  cipher.setAAD(headerBytes);
  // Encrypted piece by piece straight into the packet: the photos are never copied into one plain buffer first.
  const pieces = [PACKET_MAGIC, headerLength, headerBytes, iv, cipher.update(jsonLength), cipher.update(json)];
  for (const blob of blobs) pieces.push(cipher.update(blob));
  pieces.push(cipher.final(), cipher.getAuthTag());
  return Buffer.concat(pieces);
}

/** The clear header, or null when the bytes are not a whole packet of ours (truncated or not a packet). */
export function readPacketHeader(bytes: Uint8Array): { header: PacketHeader; headerBytes: Buffer; body: Buffer } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = PACKET_MAGIC.length + 4;
  if (buf.length < start || !buf.subarray(0, PACKET_MAGIC.length).equals(PACKET_MAGIC)) return null;
  const headerLength = buf.readUInt32BE(PACKET_MAGIC.length);
  if (headerLength > MAX_HEADER_BYTES || buf.length < start + headerLength) return null;
  const headerBytes = buf.subarray(start, start + headerLength);
  let header: PacketHeader;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as PacketHeader;
  } catch {
    return null;
  }
  if (!isHeader(header)) return null;
  const body = buf.subarray(start + headerLength);
  // Only the format this program writes is checked for length: a later format may lay out its body otherwise.
  if (header.format === PACKET_FORMAT && body.length !== header.bytes) return null;
  return { header, headerBytes, body };
}

function isHeader(h: unknown): h is PacketHeader {
  if (typeof h !== 'object' || h === null) return false;
  const o = h as Record<string, unknown>;
  return (
    Number.isSafeInteger(o.format) &&
    typeof o.teamId === 'string' &&
    typeof o.origin === 'string' &&
    Number.isSafeInteger(o.seq) &&
    Number.isSafeInteger(o.schemaVersion) &&
    typeof o.createdAt === 'string' &&
    Number.isSafeInteger(o.bytes)
  );
}

/**
 * Reads a packet for `team`. Nothing is returned from a packet that does not authenticate
 * whole: a refusal says why (for the summary's list of refused files), and a packet of a newer
 * program waits, unread, until this one is upgraded.
 */
export function decodePacket(bytes: Uint8Array, team: Team, ourSchemaVersion: number): DecodedPacket {
  const parts = readPacketHeader(bytes);
  if (!parts) return { kind: 'refused', reason: 'damaged' };
  const { header, headerBytes, body } = parts;
  if (header.teamId !== team.id) return { kind: 'refused', reason: 'otherTeam' };
  // A later format cannot be authenticated by this program; waiting applies nothing, so an
  // edited header that claims one costs only a packet that waits.
  if (header.format > PACKET_FORMAT) return { kind: 'waits', waits: 'upgrade', header };
  if (header.format !== PACKET_FORMAT || body.length < IV_BYTES + TAG_BYTES) return { kind: 'refused', reason: 'damaged' };

  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', team.key, body.subarray(0, IV_BYTES));
    decipher.setAAD(headerBytes);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    const out = decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES));
    const last = decipher.final(); // empty for GCM: the photos are not copied once more to join it
    plain = last.length ? Buffer.concat([out, last]) : out;
  } catch {
    // Authentication failed: a byte changed in the header or the body (the length was right, so not merely cut short).
    return { kind: 'refused', reason: 'tampered' };
  }
  // Authenticated now, header included: a newer schema is real and waits.
  if (header.schemaVersion > ourSchemaVersion) return { kind: 'waits', waits: 'upgrade', header };
  return readBody(plain, header) ?? { kind: 'refused', reason: 'damaged' };
}

/** The authenticated body: { manifest, changes } with blobs put back, or null when it does not hold together. */
function readBody(plain: Buffer, header: PacketHeader): DecodedPacket | null {
  if (plain.length < 4) return null;
  const jsonLength = plain.readUInt32BE(0);
  if (plain.length < 4 + jsonLength) return null;
  let content: { manifest: PacketManifest; blobs: unknown[]; changes: Change[] };
  let changesJson: string;
  let tableJson: string;
  try {
    content = JSON.parse(gunzipSync(plain.subarray(4, 4 + jsonLength)).toString('utf8')) as typeof content;
    changesJson = JSON.stringify(content.changes);
    tableJson = JSON.stringify(content.blobs);
  } catch {
    return null;
  }
  const { manifest, blobs: table, changes } = content ?? {};
  if (typeof manifest !== 'object' || manifest === null || !Array.isArray(changes) || !Array.isArray(table) || !changes.every(isChange)) return null;
  const blobBytes = plain.subarray(4 + jsonLength);
  if (!putBlobs(changes, table, plain, 4 + jsonLength)) return null;
  if (
    manifest.origin !== header.origin ||
    manifest.seq !== header.seq ||
    manifest.schemaVersion !== header.schemaVersion ||
    manifest.checksum !== checksumOf(changesJson, tableJson, [blobBytes])
  ) {
    return { kind: 'refused', reason: 'tampered' };
  }
  return { kind: 'ok', manifest, changes };
}

// ── File names: <origin>-<seq, 8 digits>.pkt, in <place>/<teamId>/<computerId>/ ──

/** Computer ids (uuidv7 in the app) and team ids: letters, digits, '-' and '_'; never a path. */
const ID = /^[0-9A-Za-z][0-9A-Za-z_-]{0,99}$/;
const PACKET_NAME = /^([0-9A-Za-z][0-9A-Za-z_-]{0,99})-(\d{8,15})\.pkt$/;

export const isSyncId = (id: string): boolean => ID.test(id);

export function packetFileName(origin: string, seq: number): string {
  if (!ID.test(origin)) throw new Error('a packet origin is a computer id');
  if (!Number.isSafeInteger(seq) || seq < 0) throw new Error('a packet sequence number is a whole number ≥ 0');
  return `${origin}-${String(seq).padStart(8, '0')}.pkt`;
}

/**
 * The origin and sequence a packet's file name says, or null for any other name: temporary
 * files of a write in progress, a user's own files, a name with its digits padded otherwise.
 */
export function parsePacketFileName(name: string): { origin: string; seq: number } | null {
  const m = PACKET_NAME.exec(name);
  if (!m) return null;
  const seq = Number(m[2]);
  const parsed = { origin: m[1]!, seq };
  return Number.isSafeInteger(seq) && packetFileName(parsed.origin, seq) === name ? parsed : null;
}

/** Where computer `computerId` keeps the packets it writes (its own and those it relays), relative to the place's root. */
export function computerDir(teamId: string, computerId: string): string {
  if (!ID.test(teamId) || !ID.test(computerId)) throw new Error('team and computer ids are letters, digits, - and _');
  return `${teamId}/${computerId}`;
}
