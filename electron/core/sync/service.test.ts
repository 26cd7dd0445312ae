// Settings › 团队同步 through the real handlers on a real workspace: this computer's name and
// user, the place, the team (create, join with the code or the file), the sync job's refusals,
// the automatic sync's rules. Secrets (team key, WebDAV password) never enter the workspace file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/jobs/schema';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { startWebdav, type WebdavServer } from '../../../tests/harness/webdav';
import { autoSyncTick } from './auto';
import { SyncSecrets } from './secrets';

let ws: TestWorkspace;
let other: TestWorkspace | null = null;
let share: string;

beforeEach(async () => {
  ws = await createTestWorkspace();
  share = path.join(ws.dir, 'share');
  fs.mkdirSync(share);
});
afterEach(() => {
  ws.dispose();
  other?.dispose();
  other = null;
});

/** Every value in the workspace's settings table, to show what is (not) kept in the file. */
const settingsText = (t: TestWorkspace) => JSON.stringify(t.db.prepare('SELECT key, value FROM settings').all());

async function finished(t: TestWorkspace, id: string): Promise<JobStatus> {
  for (;;) {
    const s = await t.call('jobs.status', { id });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function setUp(t: TestWorkspace, names = { computerName: '办公室电脑', userName: '王芳' }) {
  await t.call('sync.setIdentity', names);
  await t.call('sync.setPlace', { kind: 'folder', path: share });
}

describe('this computer and the place', () => {
  it('starts with nothing set, and names this computer and its user', async () => {
    const before = await ws.call('sync.status', {});
    expect(before).toMatchObject({ computerId: null, team: null, place: null, pending: 0, openCards: 0, lastSync: null, running: null });
    const named = await ws.call('sync.setIdentity', { computerName: '笔记本 A', userName: '王芳' });
    expect(named).toMatchObject({ computerName: '笔记本 A', userName: '王芳', computerId: null }); // the engine makes the id with the team
    const renamed = await ws.call('sync.setIdentity', { computerName: '笔记本 B', userName: '李强' });
    expect(renamed).toMatchObject({ computerName: '笔记本 B', userName: '李强' });
  });

  it('refuses an empty name, naming the field, and keeps what was there', async () => {
    await ws.call('sync.setIdentity', { computerName: '笔记本 A', userName: '王芳' });
    const e = await ws.refused('sync.setIdentity', { computerName: '  ', userName: '王芳' });
    expect(e).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['computerName'], key: 'required' }] });
    expect((await ws.call('sync.status', {})).computerName).toBe('笔记本 A');
  });

  it('holds every typed text to the one text rule: no control or direction characters', async () => {
    const path = await ws.refused('sync.setPlace', { kind: 'folder', path: `${share}\u202e` });
    expect(path.issues?.[0]).toMatchObject({ path: ['path'], key: 'textBidiControl' });
    const user = await ws.refused('sync.setPlace', { kind: 'webdav', url: 'https://dav.bureau.local/', username: 'wf\u0007' });
    expect(user.issues?.[0]).toMatchObject({ path: ['username'], key: 'textControlChar' });
    expect((await ws.call('sync.status', {})).place).toBeNull();
  });

  it('takes a folder that exists, from the field or the folder dialog, and refuses one that does not', async () => {
    const e = await ws.refused('sync.setPlace', { kind: 'folder', path: path.join(ws.dir, 'nowhere') });
    expect(e).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['path'], key: 'syncFolderMissing' }] });
    expect((await ws.call('sync.status', {})).place).toBeNull();

    expect(await ws.call('sync.chooseFolder', {})).toBeNull(); // the dialog was cancelled
    ws.dialogs.nextFolder = share;
    expect((await ws.call('sync.chooseFolder', {}))?.place).toEqual({ kind: 'folder', path: share });
  });

  it('keeps a WebDAV password out of the workspace file, and keeps it when the form leaves it empty', async () => {
    const e = await ws.refused('sync.setPlace', { kind: 'webdav', url: 'ftp://files.example/', username: 'wf' });
    expect(e.issues?.[0]).toMatchObject({ path: ['url'], key: 'sync.urlScheme' });
    const set = await ws.call('sync.setPlace', { kind: 'webdav', url: 'https://dav.bureau.local/team/', username: 'wangfang', password: 'S3cret-pass!' });
    expect(set.place).toEqual({ kind: 'webdav', url: 'https://dav.bureau.local/team/', username: 'wangfang', hasPassword: true });
    expect(settingsText(ws)).not.toContain('S3cret-pass!');
    const again = await ws.call('sync.setPlace', { kind: 'webdav', url: 'https://dav.bureau.local/team/', username: 'wangfang' });
    expect(again.place).toMatchObject({ hasPassword: true });
  });

  it('takes an automatic interval from 0 (by hand only) to 240 minutes', async () => {
    expect((await ws.call('sync.status', {})).autoMinutes).toBe(10);
    expect((await ws.call('sync.setAuto', { autoMinutes: 0 })).autoMinutes).toBe(0);
    const e = await ws.refused('sync.setAuto', { autoMinutes: 241 });
    expect(e.issues?.[0]).toMatchObject({ path: ['autoMinutes'], key: 'tooBig' });
    expect((await ws.call('sync.status', {})).autoMinutes).toBe(0);
  });
});

describe('the team', () => {
  it('is created only once this computer has a name and a user', async () => {
    const e = await ws.refused('sync.createTeam', { teamName: '对口支援组', passphrase: 'long enough passphrase' });
    expect(e).toMatchObject({ code: 'CONFLICT', key: 'syncNoIdentity' });
    expect((await ws.call('sync.status', {})).team).toBeNull();
    const short = await ws.refused('sync.createTeam', { teamName: '对口支援组', passphrase: 'short' });
    expect(short.issues?.[0]).toMatchObject({ path: ['passphrase'], key: 'tooShort' });
  });

  it('gives a code a colleague joins with (wrong passphrase and damaged code said so), the key never in the file', async () => {
    await setUp(ws);
    const invitation = await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
    expect(invitation.code.length).toBeGreaterThan(40);
    const mine = await ws.call('sync.status', {});
    expect(mine.team?.name).toBe('对口支援组');
    expect(await ws.refused('sync.createTeam', { teamName: '另一组', passphrase: 'correct horse battery' })).toMatchObject({ key: 'syncAlreadyInTeam' });

    other = await createTestWorkspace();
    const noName = await other.refused('sync.joinTeam', { code: invitation.code, passphrase: 'correct horse battery' });
    expect(noName).toMatchObject({ key: 'syncNoIdentity' });
    await other.call('sync.setIdentity', { computerName: '笔记本 B', userName: '李强' });
    const wrong = await other.refused('sync.joinTeam', { code: invitation.code, passphrase: 'wrong horse battery' });
    expect(wrong).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['passphrase'], key: 'teamWrongPassphrase' }] });
    const damaged = await other.refused('sync.joinTeam', { code: invitation.code.slice(0, 30), passphrase: 'correct horse battery' });
    expect(damaged.issues?.[0]).toMatchObject({ path: ['code'], key: 'teamCodeDamaged' });
    expect((await other.call('sync.status', {})).team).toBeNull();

    // Pasted from an e-mail that wrapped it over lines: whitespace is not part of the code.
    const wrapped = invitation.code.replace(/(.{40})/g, '$1\n');
    const joined = await other.call('sync.joinTeam', { code: wrapped, passphrase: 'correct horse battery' });
    expect(joined?.team).toEqual(mine.team);
    // The key is wrapped by the keystore in the app's data folder, not in either workspace.
    const team = new SyncSecrets(other.dir, other.session.keyring.store).loadTeam(joined!.team!.id)!;
    expect(team.key).toHaveLength(32);
    const keyText = Buffer.from(team.key).toString('base64');
    for (const t of [ws, other]) expect(settingsText(t)).not.toContain(keyText);
  });

  it('saves the team file where the user picks, and a colleague joins from that file', async () => {
    await setUp(ws);
    await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
    expect(await ws.call('sync.exportTeam', { passphrase: 'correct horse battery' })).toBeNull(); // dialog cancelled
    const file = path.join(ws.dir, '团队-对口支援组.ldteam');
    ws.dialogs.nextSave = file;
    const saved = await ws.call('sync.exportTeam', { passphrase: 'correct horse battery' });
    expect(ws.dialogs.suggestedName).toBe('团队-对口支援组.ldteam');
    expect(saved?.path).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toContain(saved!.code);

    other = await createTestWorkspace();
    await other.call('sync.setIdentity', { computerName: '笔记本 B', userName: '李强' });
    expect(await other.call('sync.joinTeam', { passphrase: 'correct horse battery' })).toBeNull(); // no file chosen
    other.dialogs.nextFile = file;
    expect((await other.call('sync.joinTeam', { passphrase: 'correct horse battery' }))?.team?.name).toBe('对口支援组');
  });
});

describe('a sync', () => {
  it('says what is missing before it starts', async () => {
    expect(await ws.refused('sync.run', {})).toMatchObject({ code: 'CONFLICT', key: 'syncNoIdentity' });
    await ws.call('sync.setIdentity', { computerName: '办公室电脑', userName: '王芳' });
    expect(await ws.refused('sync.run', {})).toMatchObject({ key: 'syncNoTeam' });
    await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
    expect(await ws.refused('sync.run', {})).toMatchObject({ key: 'syncNoPlace' });
  });

  it('fails with "place unreachable" when the folder is gone, and remembers that', async () => {
    await setUp(ws);
    await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
    fs.rmSync(share, { recursive: true });
    const { jobId } = (await ws.call('sync.run', {}))!;
    const status = await finished(ws, jobId);
    expect(status).toMatchObject({ state: 'failed', error: { key: 'syncPlaceUnreachable' } });
    expect((await ws.call('sync.status', {})).lastSync).toMatchObject({ ok: false, error: 'syncPlaceUnreachable' });
  });

  it('through WebDAV: a wrong password is said so, the right one syncs', async () => {
    let server: WebdavServer | null = null;
    try {
      server = await startWebdav({ username: 'wangfang', password: 'S3cret-pass!' });
      await ws.call('sync.setIdentity', { computerName: '办公室电脑', userName: '王芳' });
      await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
      await ws.call('sync.setPlace', { kind: 'webdav', url: server.url, username: 'wangfang', password: 'wrong-pass' });
      const wrong = await finished(ws, (await ws.call('sync.run', {}))!.jobId);
      expect(wrong).toMatchObject({ state: 'failed', error: { key: 'syncWrongPassword' } });

      await ws.call('sync.setPlace', { kind: 'webdav', url: server.url, username: 'wangfang', password: 'S3cret-pass!' });
      const right = await finished(ws, (await ws.call('sync.run', {}))!.jobId);
      expect(right.state).toBe('done');
      expect((await ws.call('sync.status', {})).lastSync).toMatchObject({ ok: true, error: null });
    } finally {
      await server?.dispose();
    }
  });

  it('refuses a choice on a card that is not there', async () => {
    expect(await ws.refused('sync.resolve', { id: 'nope', choice: 'mine' })).toMatchObject({ code: 'NOT_FOUND', key: 'syncCardGone' });
    const typed = await ws.refused('sync.resolve', { id: 'x', choice: 'value', value: '   ' });
    expect(typed.issues?.[0]).toMatchObject({ path: ['value'], key: 'required' });
  });

  it('lists this computer first among the colleagues once in a team', async () => {
    expect(await ws.call('sync.colleagues', {})).toEqual([]);
    await setUp(ws);
    await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
    const [me, ...others] = await ws.call('sync.colleagues', {});
    expect(me).toMatchObject({ computerName: '办公室电脑', userName: '王芳', isMe: true });
    expect(others).toEqual([]);
  });
});

describe('automatic sync', () => {
  const answers = async () => true;
  const silent = async () => false;

  it('starts only when set up, due, writable and the place answers', async () => {
    expect(await autoSyncTick(ws.context, Date.now(), answers)).toBe('notSetUp');
    await setUp(ws);
    await ws.call('sync.createTeam', { teamName: '对口支援组', passphrase: 'correct horse battery' });
    await ws.call('sync.setAuto', { autoMinutes: 0 });
    expect(await autoSyncTick(ws.context, Date.now(), answers)).toBe('off');
    await ws.call('sync.setAuto', { autoMinutes: 5 });
    expect(await autoSyncTick(ws.context, Date.now(), silent)).toBe('unreachable');
    expect(await autoSyncTick(ws.context, Date.now(), answers)).toBe('started');
    expect(await autoSyncTick(ws.context, Date.now(), answers)).toBe('running');
    const { running } = await ws.call('sync.status', {});
    await finished(ws, running!.jobId);
    // It ran (whatever came of it): the next one is due five minutes later.
    expect(await autoSyncTick(ws.context, Date.now() + 60_000, answers)).toBe('notDue');
    expect(await autoSyncTick(ws.context, Date.now() + 6 * 60_000, silent)).toBe('unreachable');
  });
});
