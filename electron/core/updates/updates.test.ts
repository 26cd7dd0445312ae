// What the app decides about updates, through the real channels and handlers on a real workspace,
// with a real HTTP server on 127.0.0.1 serving the feed files the test writes: the address
// (validated; nothing asked of any server while none is set), up to date, a newer version with its
// notes, date and size, skipping it, a broken feed, 404, 500, a server that never answers, and
// the download and install electron-updater does, through a stand-in for the shell.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inc } from 'semver';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/jobs/schema';
import type { UpdateStatus } from '../../../shared/updates/schema';
import { FEED_FILE, type FeedServer, startFeedServer } from '../../../tests/harness/updateFeed';
import { APP_SETTINGS_FILE } from '../appSettings/appSettings';
import type { DesktopShell } from '../context';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { APP_VERSION } from './appVersion';
import { updatesOf } from './state';
import { RecordingShell } from '../testing/recordingShell';

const NEWER = inc(APP_VERSION, 'minor')!;
const NEWEST = inc(NEWER, 'minor')!;

let ws: TestWorkspace;
let server: FeedServer;

beforeEach(async () => {
  ws = await createTestWorkspace();
  server = await startFeedServer();
});
afterEach(async () => {
  ws.dispose();
  await server.close();
});

const check = () => ws.call('updates.check', {});
const settingsFile = () => join(ws.dir, APP_SETTINGS_FILE);

describe('the address', () => {
  it('none set: not configured, and no server is asked', async () => {
    expect(await ws.call('updates.status', {})).toMatchObject({ currentVersion: APP_VERSION, feedUrl: null, check: { kind: 'notConfigured' }, checkedAt: null });
    expect((await check()).check).toEqual({ kind: 'notConfigured' });
    expect(server.requests).toEqual([]);
  });

  it('is kept in this installation’s settings file, not in the workspace', async () => {
    const saved = await ws.call('updates.setFeed', { url: ` ${server.url} ` });
    expect(saved.feedUrl).toBe(server.url);
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toMatchObject({ updateFeedUrl: server.url });
    expect(JSON.stringify(ws.db.prepare('SELECT value FROM settings').all())).not.toContain('127.0.0.1');
    // Cleared: no checks again.
    expect((await ws.call('updates.setFeed', { url: null })).check).toEqual({ kind: 'notConfigured' });
  });

  it.each([
    ['ftp://10.1.2.3/liaison/', 'updateFeedScheme'],
    ['file:///C:/更新/', 'updateFeedScheme'],
    ['http://it:secret@10.1.2.3/liaison/', 'updateFeedCredentials'],
    ['10.1.2.3/liaison', 'updateFeedInvalid'],
    ['内网更新服务器', 'updateFeedInvalid'],
    ['http://10.1.2.3/\u202eliaison/', 'textBidiControl'],
    ['', 'required'],
  ])('refuses %j naming the field (%s), and changes nothing', async (url, key) => {
    await ws.call('updates.setFeed', { url: server.url });
    const before = readFileSync(settingsFile(), 'utf8');
    const error = await ws.refused('updates.setFeed', { url });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['url'], key }] });
    expect(readFileSync(settingsFile(), 'utf8')).toBe(before);
  });

  it('an address written by hand that is not valid is not used, and says why', async () => {
    writeFileSync(settingsFile(), JSON.stringify({ updateFeedUrl: 'ftp://10.1.2.3/' }));
    expect(await check()).toMatchObject({ feedUrl: 'ftp://10.1.2.3/', feedUrlIssue: 'updateFeedScheme', check: { kind: 'notConfigured' } });
    expect(server.requests).toEqual([]);
  });
});

describe('a check', () => {
  beforeEach(async () => {
    await ws.call('updates.setFeed', { url: server.url });
  });

  it('up to date when the feed has this version', async () => {
    server.publish(APP_VERSION);
    const status = await check();
    expect(status.check).toEqual({ kind: 'upToDate', latest: APP_VERSION });
    expect(Date.parse(status.checkedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(server.requests).toEqual([`/updates/${FEED_FILE}`]);
  });

  it('a newer version with its notes, date and size', async () => {
    server.publish(NEWER, { notes: '修正了导出表格时的日期格式。\n新增软件更新。', date: '2026-11-20T08:00:00.000Z', size: 98_304_512 });
    expect((await check()).check).toEqual({
      kind: 'available',
      release: { version: NEWER, notes: '修正了导出表格时的日期格式。\n新增软件更新。', date: '2026-11-20T08:00:00.000Z', size: 98_304_512 },
    });
  });

  it('skipping it: shown as skipped, kept across checks, and a newer one is offered again', async () => {
    server.publish(NEWER);
    await check();
    expect((await ws.call('updates.skip', { version: NEWER })).check).toMatchObject({ kind: 'skipped', release: { version: NEWER } });
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toMatchObject({ skippedVersion: NEWER });
    expect((await check()).check).toMatchObject({ kind: 'skipped' });
    server.publish(NEWEST);
    expect((await check()).check).toMatchObject({ kind: 'available', release: { version: NEWEST } });
    // 不再跳过 brings a skipped version back.
    server.publish(NEWER);
    await check();
    expect((await ws.call('updates.skip', { version: null })).check).toMatchObject({ kind: 'available', release: { version: NEWER } });
  });

  it('only the version offered can be skipped', async () => {
    server.publish(NEWER);
    await check();
    expect(await ws.refused('updates.skip', { version: NEWEST })).toMatchObject({ code: 'CONFLICT', key: 'updateNotOffered' });
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8')).skippedVersion).toBeNull();
  });

  it('a damaged feed: not YAML, no version, no checksums', async () => {
    server.publishText('<!DOCTYPE html><html><body>内网登录</body></html>');
    expect((await check()).check).toEqual({ kind: 'damaged', reason: 'notYaml', file: FEED_FILE });
    server.publishText('files: []\n');
    expect((await check()).check).toMatchObject({ kind: 'damaged', reason: 'noVersion' });
    server.publishText(`version: ${NEWER}\npath: setup.exe\n`);
    expect((await check()).check).toMatchObject({ kind: 'damaged', reason: 'noFiles' });
  });

  it('nothing published: 404', async () => {
    expect((await check()).check).toEqual({ kind: 'unreachable', reason: 'notFound', file: FEED_FILE, status: 404 });
  });

  it('a server error: 500', async () => {
    await ws.call('updates.setFeed', { url: `${server.origin}broken/` });
    expect((await check()).check).toEqual({ kind: 'unreachable', reason: 'httpStatus', file: FEED_FILE, status: 500 });
  });

  it('a server that never answers: a time limit, not a hang', async () => {
    updatesOf(ws.context).timeoutMs = 400;
    await ws.call('updates.setFeed', { url: `${server.origin}stall/` });
    const t0 = performance.now();
    expect((await check()).check).toMatchObject({ kind: 'unreachable', reason: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('no server at the address', async () => {
    const gone = server.origin;
    await server.close();
    await ws.call('updates.setFeed', { url: `${gone}updates/` });
    expect((await check()).check).toMatchObject({ kind: 'unreachable', reason: 'connection', status: null });
    server = await startFeedServer(); // for afterEach
  });

  it.skipIf(!existsSync('/usr/bin/openssl'))('an https server whose certificate nobody vouches for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const tlsServer = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_, res) => res.end(`version: ${NEWER}\n`));
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    try {
      await ws.call('updates.setFeed', { url: `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}/liaison/` });
      expect((await check()).check).toMatchObject({ kind: 'unreachable', reason: 'certificate', status: null });
    } finally {
      await new Promise((resolve) => tlsServer.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows a redirect; refuses a file of megabytes', async () => {
    server.publish(NEWER);
    await ws.call('updates.setFeed', { url: `${server.origin}moved/` });
    expect((await check()).check).toMatchObject({ kind: 'available', release: { version: NEWER } });
    await ws.call('updates.setFeed', { url: `${server.origin}huge/` });
    expect((await check()).check).toMatchObject({ kind: 'damaged', reason: 'tooLarge' });
  });

  it('two checks at once ask the server once', async () => {
    server.publish(NEWER);
    await Promise.all([check(), check()]);
    expect(server.requests).toHaveLength(1);
  });

  it('a new address forgets the finding of the old one', async () => {
    server.publish(NEWER);
    await check();
    const moved = await ws.call('updates.setFeed', { url: `${server.origin}moved/` });
    expect(moved).toMatchObject({ check: null, checkedAt: null });
  });
});

describe('download and install', () => {
  let updater: RecordingShell;
  /** The shell's calls in words: "download <version> from <feed>", "cancel", "install". */
  const said = () =>
    updater.calls.map((c) =>
      c.method === 'updateDownload' ? `download ${String(c.args[1])} from ${String(c.args[0])}` : c.method === 'updateCancel' ? 'cancel' : c.method === 'updateInstall' ? 'install' : c.method,
    );
  beforeEach(async () => {
    updater = new RecordingShell();
    (ws.context as { shell?: DesktopShell }).shell = updater;
    updatesOf(ws.context).progressEveryMs = 10;
    await ws.call('updates.setFeed', { url: server.url });
    server.publish(NEWER);
    await check();
  });

  async function job(id: string, until: (s: JobStatus) => boolean): Promise<JobStatus> {
    for (;;) {
      const s = await ws.call('jobs.status', { id });
      if (until(s)) return s;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  /** The job has asked the shell (it starts on the core's next turn). */
  const asked = async () => {
    while (!said().some((c) => c.startsWith('download'))) await new Promise((r) => setTimeout(r, 5));
  };
  const downloadOf = async (): Promise<UpdateStatus['download']> => (await ws.call('updates.status', {})).download;

  it('downloads the offered version with progress, then installs when asked', async () => {
    const { jobId } = (await ws.call('updates.download', { version: NEWER }))!;
    expect(await downloadOf()).toEqual({ state: 'downloading', version: NEWER, jobId });
    updater.downloadProgress = { transferred: 25_000_000, total: 100_000_000 };
    expect(await job(jobId, (s) => s.done > 0)).toMatchObject({ state: 'running', done: 25_000_000, total: 100_000_000 });
    // Asked twice: the same download.
    expect(await ws.call('updates.download', { version: NEWER })).toEqual({ jobId });
    updater.finishDownload();
    expect(await job(jobId, (s) => s.state !== 'running')).toMatchObject({ state: 'done', result: { version: NEWER } });
    expect(await downloadOf()).toEqual({ state: 'downloaded', version: NEWER });
    expect(await ws.call('updates.install', {})).toEqual({ done: true });
    expect(said()).toEqual([`download ${NEWER} from ${server.url}`, 'install']);
  });

  it('nothing to install before a download', async () => {
    expect(await ws.refused('updates.install', {})).toMatchObject({ code: 'CONFLICT', key: 'updateNotDownloaded' });
    expect(said()).toEqual([]);
  });

  it('a failed check of the sha512 is a failed download, never an install', async () => {
    const { jobId } = (await ws.call('updates.download', { version: NEWER }))!;
    await asked();
    updater.finishDownload({ ok: false, reason: 'checksum' });
    expect(await job(jobId, (s) => s.state !== 'running')).toMatchObject({ state: 'failed', error: { key: 'updateChecksum' } });
    expect(await downloadOf()).toEqual({ state: 'failed', version: NEWER, reason: 'checksum' });
    expect(await ws.refused('updates.install', {})).toMatchObject({ key: 'updateNotDownloaded' });
  });

  it('cancelled while it runs: electron-updater is told, and the offer is back', async () => {
    const { jobId } = (await ws.call('updates.download', { version: NEWER }))!;
    await asked();
    await ws.call('jobs.cancel', { id: jobId });
    expect(await job(jobId, (s) => s.state !== 'running')).toMatchObject({ state: 'cancelled' });
    expect(await downloadOf()).toEqual({ state: 'idle' });
    expect(said()).toContain('cancel');
  });

  it('cancelled before it began: the offer is back, nothing asked of the shell', async () => {
    const { jobId } = (await ws.call('updates.download', { version: NEWER }))!;
    await ws.call('jobs.cancel', { id: jobId });
    expect(await job(jobId, (s) => s.state !== 'running')).toMatchObject({ state: 'cancelled' });
    expect(await downloadOf()).toEqual({ state: 'idle' });
    expect(said()).toEqual([]);
  });

  it('only the version offered, and only where a desktop shell answers', async () => {
    expect(await ws.refused('updates.download', { version: NEWEST })).toMatchObject({ code: 'CONFLICT', key: 'updateNotOffered' });
    delete (ws.context as { shell?: DesktopShell }).shell;
    expect(await ws.refused('updates.download', { version: NEWER })).toMatchObject({ code: 'WORKSPACE', key: 'updateNeedsDesktop' });
    expect((await ws.call('updates.status', {})).canInstall).toBe(false);
    expect(existsSync(settingsFile())).toBe(true);
  });
});
