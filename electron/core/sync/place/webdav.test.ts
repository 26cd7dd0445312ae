// WebDAV for real: Debian's nginx with its DAV modules on 127.0.0.1 (tests/harness/webdav.ts;
// .ci/run installs it). Nothing here is skipped: without nginx the suite fails and says how
// to install it.
import fs from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebdav, type WebdavServer } from '../../../../tests/harness/webdav';
import { computerDir, decodePacket, encodePacket, packetFileName, parsePacketFileName } from '../packet';
import { createTeam } from '../team';
import { fileKeyStore } from '../../crypto/fileKeyStore';
import { tempDir } from '../../testing/workspace';
import { SyncSecrets, webdavPasswordRef } from '../secrets';
import { FolderPlace } from './folder';
import { openPlace } from './open';
import { PlaceError } from './place';
import { WebdavPlace, hrefsIn } from './webdav';

let server: WebdavServer;
beforeAll(async () => {
  server = await startWebdav({ username: 'wangfang' });
  // The address colleagues are given is a folder of the server, with a Chinese name.
  fs.mkdirSync(path.join(server.root, '对口支援 2026'));
});
afterAll(async () => server?.dispose());

const placeUrl = () => `${server.url}对口支援 2026/`;
const place = (over: { password?: string; timeoutMs?: number } = {}) =>
  new WebdavPlace({ url: placeUrl(), username: server.username, password: over.password ?? server.password, timeoutMs: over.timeoutMs });

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlaceError) return e.code;
    throw e;
  }
  return 'ok';
};

describe('a WebDAV place (nginx)', () => {
  it('lists, reads, writes and makes folders, Chinese names and spaces included; an absent folder lists as empty', async () => {
    const p = place();
    expect(await p.reachable()).toBe(true);
    expect(await p.list('团队一')).toEqual([]);
    await p.ensureDir('团队一/王芳的电脑');
    await p.ensureDir('团队一/王芳的电脑'); // again: nothing to do
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await p.write('团队一/王芳的电脑/王芳 #1-00000001.pkt', bytes);
    await p.write('团队一/李强?/b&c-00000002.pkt', new Uint8Array([7])); // its folder made on the way
    expect(await p.list('')).toEqual(['团队一']);
    expect(await p.list('团队一')).toEqual(['李强?', '王芳的电脑']);
    expect(await p.list('团队一/王芳的电脑')).toEqual(['王芳 #1-00000001.pkt']);
    expect(Buffer.from(await p.read('团队一/王芳的电脑/王芳 #1-00000001.pkt')).equals(bytes)).toBe(true);
    expect([...(await p.read('团队一/李强?/b&c-00000002.pkt'))]).toEqual([7]);
    // On the server's disk under the real names, nothing else (no temporary file left).
    expect(fs.readdirSync(path.join(server.root, '对口支援 2026', '团队一', '王芳的电脑'))).toEqual(['王芳 #1-00000001.pkt']);
    expect(await codeOf(p.read('团队一/王芳的电脑/none.pkt'))).toBe('notFound');
  });

  it('never replaces a file: the same bytes again is done, other bytes under the name are refused as existing', async () => {
    const p = place();
    await p.write('t2/a.pkt', new Uint8Array([1, 2, 3]));
    await p.write('t2/a.pkt', new Uint8Array([1, 2, 3]));
    expect(await codeOf(p.write('t2/a.pkt', new Uint8Array([9])))).toBe('exists');
    expect([...(await p.read('t2/a.pkt'))]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(path.join(server.root, '对口支援 2026', 't2'))).toEqual(['a.pkt']);
  });

  it('with a wrong password says unauthorized, and is not reachable for automatic sync', async () => {
    const p = place({ password: 'wrong' });
    expect(await p.reachable()).toBe(false);
    expect(await codeOf(p.list(''))).toBe('unauthorized');
    expect(await codeOf(p.read('t2/a.pkt'))).toBe('unauthorized');
    expect(await codeOf(p.write('t2/b.pkt', new Uint8Array([1])))).toBe('unauthorized');
    expect(await codeOf(p.ensureDir('t3'))).toBe('unauthorized');
    expect(fs.existsSync(path.join(server.root, '对口支援 2026', 't3'))).toBe(false);
  });

  it('an address without that folder says notFound when making folders', async () => {
    const p = new WebdavPlace({ url: `${server.url}没有这个/`, username: server.username, password: server.password });
    expect(await codeOf(p.ensureDir('团队/电脑'))).toBe('notFound');
  });

  it('stopped says unreachable; started again on the same port, works with what was there', async () => {
    const p = place();
    await p.write('t4/a.pkt', new Uint8Array([4]));
    await server.stop();
    try {
      expect(await p.reachable()).toBe(false);
      expect(await codeOf(p.list('t4'))).toBe('unreachable');
      expect(await codeOf(p.read('t4/a.pkt'))).toBe('unreachable');
      expect(await codeOf(p.write('t4/b.pkt', new Uint8Array([5])))).toBe('unreachable');
      expect(await codeOf(p.ensureDir('t5'))).toBe('unreachable');
    } finally {
      await server.start();
    }
    expect(await p.reachable()).toBe(true);
    await p.write('t4/b.pkt', new Uint8Array([5]));
    expect(await p.list('t4')).toEqual(['a.pkt', 'b.pkt']);
  });

  it('a write cut off by the server stopping leaves no half file for list to show; written again afterwards, whole', async () => {
    const p = place();
    await p.ensureDir('t6');
    const big = new Uint8Array(150 * 1024 * 1024).fill(42);
    const writing = codeOf(p.write('t6/big.pkt', big));
    // Stopped while nginx is receiving the body (it keeps it in its own temp folder meanwhile).
    const until = Date.now() + 20_000;
    while (fs.readdirSync(server.bodyTempDir).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 1));
    expect(fs.readdirSync(server.bodyTempDir).length, 'the PUT was under way').toBeGreaterThan(0);
    await server.stop();
    try {
      expect(await writing).toBe('unreachable');
    } finally {
      await server.start();
    }
    expect(await p.list('t6')).toEqual([]);
    // A temporary file a crash left between PUT and MOVE is not listed either.
    fs.writeFileSync(path.join(server.root, '对口支援 2026', 't6', '.big.pkt.0badc0de.sync-part'), 'half');
    expect(await p.list('t6')).toEqual([]);
    await p.write('t6/big.pkt', big.subarray(0, 1024 * 1024));
    expect(await p.list('t6')).toEqual(['big.pkt']);
    expect((await p.read('t6/big.pkt')).length).toBe(1024 * 1024);
  });
});

describe('a packet through WebDAV', () => {
  it('is written into its computer folder, listed by name and read back whole by a colleague', async () => {
    const team = createTeam('第三组');
    const origin = '0193a5c2-7d4e-7abc-8def-0123456789ab';
    const dir = computerDir(team.id, origin);
    const bytes = encodePacket({
      team,
      manifest: { origin, seq: 1, schemaVersion: 13, createdAt: '2026-12-01T09:00:00.000Z', applied: {}, computerName: '王芳的电脑', userName: '王芳' },
      changes: [{ id: `${origin}:1`, tbl: 'companies', pk: ['c'], op: 'I', at: '2026-12-01T09:00:00.000Z', by: null, cols: { name: { v: '某公司', bases: [''] } } }],
    });
    const writer = place();
    await writer.ensureDir(dir);
    await writer.write(`${dir}/${packetFileName(origin, 1)}`, bytes);
    const reader = place();
    const names = (await reader.list(dir)).map(parsePacketFileName);
    expect(names).toEqual([{ origin, seq: 1 }]);
    const d = decodePacket(await reader.read(`${dir}/${packetFileName(origin, 1)}`), team, 13);
    expect(d.kind === 'ok' && d.changes[0]!.cols.name!.v).toBe('某公司');
  });
});

describe('the place from the settings', () => {
  it('takes the WebDAV password from the keystore-wrapped secrets; without one, unauthorized', async () => {
    const dataDir = tempDir('sync-open-');
    try {
      const secrets = new SyncSecrets(dataDir, fileKeyStore(dataDir));
      const setting = { kind: 'webdav' as const, url: placeUrl(), username: server.username };
      expect(await codeOf(openPlace(setting, secrets).list(''))).toBe('unauthorized');
      secrets.savePassword(webdavPasswordRef(setting.url, setting.username), server.password);
      expect(await openPlace(setting, secrets).reachable()).toBe(true);
      expect(openPlace({ kind: 'folder', path: dataDir }, secrets)).toBeInstanceOf(FolderPlace);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a WebDAV server that accepts and never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('is unreachable after the time limit, not a hang', async () => {
    const address = silent.address() as { port: number };
    const p = new WebdavPlace({ url: `http://127.0.0.1:${address.port}/dav/`, username: 'u', password: 'p', timeoutMs: 300 });
    const started = Date.now();
    expect(await codeOf(p.list(''))).toBe('unreachable');
    expect(await p.reachable()).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a closed port is unreachable at once', async () => {
    const p = new WebdavPlace({ url: 'http://127.0.0.1:1/dav/', username: 'u', password: 'p' });
    expect(await codeOf(p.list(''))).toBe('unreachable');
  });
});

describe('an https address with a certificate this computer does not trust', () => {
  // A self-signed certificate made once for this test (openssl req -x509, P-256, 100 years).
  const CERT = `-----BEGIN CERTIFICATE-----
MIIBfzCCASWgAwIBAgIUPMJvcHZNFdtp3J02YOkJ2Zt5isAwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwNDE5MDEwOVoYDzIxMjYxMTEw
MTkwMTA5WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARkAGzGPev2at76l96q8eZ9psS911MBS7j+wyCqoG3GERoH9cHJFtkm
oHGujuhKAo2I6Iu4+TjlyfHcWclATl+Ao1MwUTAdBgNVHQ4EFgQUMve330YKNTiD
DjXsRN6jSvEXWrcwHwYDVR0jBBgwFoAUMve330YKNTiDDjXsRN6jSvEXWrcwDwYD
VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEAnQEcu1urphaxLp+onEti
ykWoVNSXSgVH2hxBH7fiHlECIAGcgEkBvUMbjZoFcXqhYQ7PiTlDibUgVFv82cjo
F7Sl
-----END CERTIFICATE-----`;
  const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg4q0T3ZdpsctvuFI7
WupNNWXG0oSnMH1ylLROmYzvnnShRANCAARkAGzGPev2at76l96q8eZ9psS911MB
S7j+wyCqoG3GERoH9cHJFtkmoHGujuhKAo2I6Iu4+TjlyfHcWclATl+A
-----END PRIVATE KEY-----`;

  it('is refused with a reason, not taken for a server that is down', async () => {
    const server = createHttpsServer({ cert: CERT, key: KEY }, (_req, res) => res.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const address = server.address() as { port: number };
      const p = new WebdavPlace({ url: `https://127.0.0.1:${address.port}/dav/`, username: 'u', password: 'p' });
      expect(await codeOf(p.list(''))).toBe('refused');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('reading a PROPFIND answer', () => {
  it('finds hrefs under any prefix, with attributes, escapes or CDATA', () => {
    const xml = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/dav/a%20b/</d:href></d:response>
<response xmlns="DAV:"><href>http://host/dav/a%20b/x&amp;y.pkt</href></response>
<D:response><D:href  >/dav/a%20b/%E7%8E%8B.pkt</D:href ></D:response>
<lp1:response><lp1:href><![CDATA[/dav/a%20b/c<d.pkt]]></lp1:href></lp1:response></d:multistatus>`;
    expect(hrefsIn(xml)).toEqual(['/dav/a%20b/', 'http://host/dav/a%20b/x&y.pkt', '/dav/a%20b/%E7%8E%8B.pkt', '/dav/a%20b/c<d.pkt']);
  });
});
