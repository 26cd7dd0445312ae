// Packets: what one computer writes is read back whole by a colleague of the same team, and
// anything else — another team's, cut short, a byte changed, a header edited — is refused
// before a single change is handed to the engine. A newer program's packet waits.
import { createCipheriv, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Change } from './engine';
import {
  type DecodedPacket,
  PACKET_MAGIC,
  type PacketContent,
  decodePacket,
  encodePacket,
  packetFileName,
  parsePacketFileName,
  readPacketHeader,
} from './packet';
import { createTeam } from './team';

const team = createTeam('对口支援第三组');
const ORIGIN = '0193a5c2-7d4e-7abc-8def-0123456789ab';

const changes: Change[] = [
  {
    id: `${ORIGIN}:1`,
    tbl: 'companies',
    pk: ['c-1'],
    op: 'I',
    at: '2026-12-01T08:00:00.000Z',
    by: 's-1',
    cols: { name: { v: '喀什市某某纺织有限公司', bases: [''] }, deleted_at: { v: null, bases: [''] } },
  },
  {
    id: `${ORIGIN}:2`,
    tbl: 'vetting_photos',
    pk: ['p-1'],
    op: 'I',
    at: '2026-12-01T08:01:00.000Z',
    by: null,
    cols: { photo: { v: { $blob: randomBytes(2000).toString('base64') }, bases: [''] } },
  },
  {
    id: `${ORIGIN}:3`,
    tbl: 'agreement_documents',
    pk: ['d-1'],
    op: 'U',
    at: '2026-12-01T08:01:30.000Z',
    by: 's-1',
    cols: {
      content: { v: { $blob: randomBytes(3000).toString('base64') }, old: { $blob: randomBytes(10).toString('base64') }, bases: ['x:1', 'y:2'] },
      meta: { v: { $blob: 1, note: '不是附件' }, old: { $blob: 2 }, bases: [''] },
      extra: { v: { $blob: ['x'] }, bases: [''] },
      deleted_at: { v: null, bases: [''] },
    },
  },
  { id: `${ORIGIN}:4`, tbl: 'contacts', pk: ['k-1'], op: 'D', at: '2026-12-01T08:02:00.000Z', by: 's-1', cols: {} },
];

const content = (over: Partial<PacketContent['manifest']> = {}): PacketContent => ({
  team,
  manifest: {
    origin: ORIGIN,
    seq: 7,
    schemaVersion: 13,
    createdAt: '2026-12-01T09:00:00.000Z',
    applied: { 'other-computer': 4 },
    computerName: '王芳的笔记本',
    userName: '王芳',
    ...over,
  },
  changes,
});

const refused = (d: DecodedPacket) => (d.kind === 'refused' ? d.reason : d.kind);

describe('a packet', () => {
  it('is read back whole by the same team, with its manifest and checksum', () => {
    const bytes = encodePacket(content());
    expect(Buffer.from(bytes.subarray(0, 8)).equals(PACKET_MAGIC)).toBe(true);
    const d = decodePacket(bytes, team, 13);
    expect(d.kind).toBe('ok');
    if (d.kind !== 'ok') return;
    expect(d.changes).toEqual(changes);
    expect(d.manifest).toMatchObject({ origin: ORIGIN, seq: 7, schemaVersion: 13, applied: { 'other-computer': 4 }, userName: '王芳' });
    expect(d.manifest.checksum).toMatch(/^[0-9a-f]{64}$/);
    // An older schema is read as well: the engine fills what it lacks.
    expect(decodePacket(bytes, team, 14).kind).toBe('ok');
  });

  it('keeps its changes out of the clear part: names and photos are only in the encrypted body', () => {
    const bytes = Buffer.from(encodePacket(content()));
    expect(bytes.includes(Buffer.from('喀什市'))).toBe(false);
    expect(bytes.includes(Buffer.from('王芳'))).toBe(false);
    const header = readPacketHeader(bytes)!.header;
    expect(header).toMatchObject({ format: 1, teamId: team.id, origin: ORIGIN, seq: 7, schemaVersion: 13 });
  });

  it("of another team is refused as another team's, even with the same team id but another key", () => {
    const bytes = encodePacket(content());
    expect(refused(decodePacket(bytes, createTeam('别的组'), 13))).toBe('otherTeam');
    expect(refused(decodePacket(bytes, { ...createTeam('冒名'), id: team.id }, 13))).toBe('tampered');
  });

  it('with any one byte changed is never read: refused, or (the format digit) left waiting, unread', () => {
    const bytes = encodePacket(content());
    const seen = new Set<string>();
    for (let i = 0; i < bytes.length; i++) {
      const copy = Uint8Array.from(bytes);
      copy[i]! ^= 1 << i % 8;
      const d = decodePacket(copy, team, 13);
      expect(d.kind, `byte ${i}`).not.toBe('ok');
      seen.add(refused(d));
    }
    expect(seen).toContain('tampered');
    expect(seen).toContain('damaged');
  });

  it('cut short at any of several lengths is refused as damaged', () => {
    const bytes = encodePacket(content());
    for (const length of [0, 3, 8, 11, 12, 40, bytes.length >> 1, bytes.length - 17, bytes.length - 1]) {
      expect(refused(decodePacket(bytes.subarray(0, length), team, 13)), `length ${length}`).toBe('damaged');
    }
    // Bytes appended (a copy that wrote twice) are not a packet either.
    expect(refused(decodePacket(Buffer.concat([bytes, Buffer.from([0])]), team, 13))).toBe('damaged');
  });

  it('with its header edited (a seq, an origin, a schema version) is refused as tampered', () => {
    const bytes = Buffer.from(encodePacket(content()));
    const parts = readPacketHeader(bytes)!;
    for (const edit of [{ seq: 8 }, { origin: 'someone-else' }, { schemaVersion: 12 }, { createdAt: '2020-01-01T00:00:00.000Z' }]) {
      const header = Buffer.from(JSON.stringify({ ...parts.header, ...edit }), 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(header.length);
      const edited = Buffer.concat([PACKET_MAGIC, length, header, parts.body]);
      expect(refused(decodePacket(edited, team, 13)), JSON.stringify(edit)).toBe('tampered');
    }
  });

  it('from a newer schema waits for an upgrade, unread; its header says whose and which', () => {
    const bytes = encodePacket(content({ schemaVersion: 14 }));
    const d = decodePacket(bytes, team, 13);
    expect(d).toMatchObject({ kind: 'waits', waits: 'upgrade', header: { origin: ORIGIN, seq: 7, schemaVersion: 14 } });
    expect(decodePacket(bytes, team, 14).kind).toBe('ok');
  });

  it('carries 2,000 ordinary changes (a week of thirty staff) small and fast', () => {
    const many: Change[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `${ORIGIN}:${i + 10}`,
      tbl: i % 3 ? 'visits' : 'companies',
      pk: [`0193a5c2-7d4e-7abc-8def-${String(i).padStart(12, '0')}`],
      op: i % 5 ? 'U' : 'I',
      at: '2026-12-01T08:01:00.000Z',
      by: 's-1',
      cols: {
        notes: { v: `走访记录 ${i}：企业负责人介绍了今年的招工计划，需要普工 ${i % 40} 人。`, old: null, bases: [`${ORIGIN}:${i}`] },
        visit_date: { v: '2026-12-01', bases: [''] },
        deleted_at: { v: null, bases: [''] },
      },
    }));
    let t = performance.now();
    const bytes = encodePacket({ ...content(), changes: many });
    const encodeMs = performance.now() - t;
    t = performance.now();
    expect(decodePacket(bytes, team, 13).kind).toBe('ok');
    const decodeMs = performance.now() - t;
    console.info(`packet of 2,000 changes: ${(bytes.length / 1e3).toFixed(0)} KB, encode ${encodeMs.toFixed(0)} ms, decode ${decodeMs.toFixed(0)} ms`);
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('carries 200 photos of 200 KB in reasonable time and size', () => {
    const photos: Change[] = Array.from({ length: 200 }, (_, i) => ({
      id: `${ORIGIN}:${i + 10}`,
      tbl: 'vetting_photos',
      pk: [`p-${i}`],
      op: 'I',
      at: '2026-12-01T08:01:00.000Z',
      by: null,
      cols: { photo: { v: { $blob: randomBytes(200_000).toString('base64') }, bases: [''] }, caption: { v: `照片 ${i}`, bases: [''] } },
    }));
    let t = performance.now();
    const bytes = encodePacket({ ...content(), changes: photos });
    const encodeMs = performance.now() - t;
    t = performance.now();
    const d = decodePacket(bytes, team, 13);
    const decodeMs = performance.now() - t;
    expect(d.kind).toBe('ok');
    if (d.kind === 'ok') expect(d.changes).toHaveLength(200);
    // Incompressible photos: the packet is about their size, not their base64 text's.
    expect(bytes.length).toBeLessThan(200 * 200_000 * 1.05);
    console.info(`packet of 200 photos: ${(bytes.length / 1e6).toFixed(1)} MB, encode ${encodeMs.toFixed(0)} ms, decode ${decodeMs.toFixed(0)} ms`);
  });
});

describe('a packet of the team that does not hold together inside', () => {
  // Written with the team key by something that is not this program (a bug elsewhere, a
  // colleague's broken copy): it authenticates, and is still refused, never half-read.
  const sealed = (plain: Buffer, over: Partial<PacketContent['manifest']> = {}) => {
    const m = content(over).manifest;
    const header = Buffer.from(
      JSON.stringify({ format: 1, teamId: team.id, origin: m.origin, seq: m.seq, schemaVersion: m.schemaVersion, createdAt: m.createdAt, bytes: 12 + plain.length + 16 }),
    );
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', team.key, iv);
    cipher.setAAD(header);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(header.length);
    return Buffer.concat([PACKET_MAGIC, length, header, iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  const body = (json: unknown, blobs: Buffer[] = []) => {
    const z = gzipSync(Buffer.from(JSON.stringify(json)));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(z.length);
    return Buffer.concat([length, z, ...blobs]);
  };

  it('is refused: not gzip, no changes, a change without its frame, a blob missing, a checksum that does not fit', () => {
    const m = { ...content().manifest, checksum: 'x' };
    expect(refused(decodePacket(sealed(Buffer.from('not gzip at all')), team, 13))).toBe('damaged');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [] })), team, 13))).toBe('damaged');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [], changes: [{ id: 'a' }] })), team, 13))).toBe('damaged');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [5], changes: [] }, [Buffer.alloc(2)])), team, 13))).toBe('damaged');
    const one = [{ id: 'a', tbl: 't', pk: [1], op: 'I', cols: { photo: { v: null, bases: [] } } }];
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [[0, 'photo', 'v', 5]], changes: one }, [Buffer.alloc(2)])), team, 13))).toBe('damaged');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [[0, 'other', 'v', 2]], changes: one }, [Buffer.alloc(2)])), team, 13))).toBe('damaged');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [[1, 'photo', 'v', 2]], changes: one }, [Buffer.alloc(2)])), team, 13))).toBe('damaged');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [[0, 'photo', 'v', 2]], changes: one }, [Buffer.alloc(2)])), team, 13))).toBe('tampered');
    expect(refused(decodePacket(sealed(body({ manifest: m, blobs: [], changes: [] })), team, 13))).toBe('tampered');
  });
});

describe('packet file names', () => {
  it('are <origin>-<seq 8 digits>.pkt and read back', () => {
    expect(packetFileName(ORIGIN, 7)).toBe(`${ORIGIN}-00000007.pkt`);
    expect(parsePacketFileName(`${ORIGIN}-00000007.pkt`)).toEqual({ origin: ORIGIN, seq: 7 });
    expect(parsePacketFileName(packetFileName('abc', 123_456_789))).toEqual({ origin: 'abc', seq: 123_456_789 });
  });

  it('refuse every other name: temporary files, padding otherwise, paths, other extensions', () => {
    for (const name of [
      `${ORIGIN}-7.pkt`,
      `${ORIGIN}-000000007.pkt`,
      `${ORIGIN}-00000007.pkt.tmp`,
      `.${ORIGIN}-00000007.pkt.3fa94c07.part`,
      `${ORIGIN}-00000007.PKT`,
      `../${ORIGIN}-00000007.pkt`,
      `-00000007.pkt`,
      `同事-00000007.pkt`,
      'desktop.ini',
      '.DS_Store',
    ]) {
      expect(parsePacketFileName(name), name).toBeNull();
    }
    expect(() => packetFileName('../x', 1)).toThrow();
    expect(() => packetFileName(ORIGIN, -1)).toThrow();
    expect(() => packetFileName(ORIGIN, 1.5)).toThrow();
  });
});
