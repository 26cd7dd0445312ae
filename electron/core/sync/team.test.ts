// The team code carries a team's identity and key to a colleague under a passphrase; joining
// says which field is wrong when it cannot be read. The key stays on this computer, wrapped by
// the keystore, in the app's data folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/result';
import { fileKeyStore } from '../crypto/fileKeyStore';
import { tempDir } from '../testing/workspace';
import { SYNC_SECRETS_NAME, SyncSecrets, webdavPasswordRef } from './secrets';
import { type Team, createTeam, readTeamCode, teamCode, teamFileText } from './team';

const PASS = '喀什 2026 第三组';

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiFailure) return e.error;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('a team', () => {
  it('has a uuidv7 id, its name and 32 random bytes of key', () => {
    const a = createTeam('第三组');
    const b = createTeam('第三组');
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.key).toHaveLength(32);
    expect(a.id).not.toBe(b.id);
    expect(Buffer.from(a.key).equals(Buffer.from(b.key))).toBe(false);
  });
});

describe('the team code', () => {
  let team: Team;
  let code: string;
  beforeEach(async () => {
    team = createTeam('对口支援第三组');
    code = await teamCode(team, PASS);
  });

  it('is text to paste (base64url) that gives the team back with the passphrase, also from a team file', async () => {
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(300);
    expect(await readTeamCode(code, PASS)).toEqual(team);
    // As a team file, and as a mail program may wrap it.
    expect(await readTeamCode(teamFileText(code), PASS)).toEqual(team);
    expect(await readTeamCode(`  ${code.slice(0, 40)}\r\n${code.slice(40)} \n`, PASS)).toEqual(team);
    // Neither the name nor the key is readable in it.
    expect(Buffer.from(code, 'base64url').includes(Buffer.from('第三组'))).toBe(false);
    expect(Buffer.from(code, 'base64url').includes(Buffer.from(team.key))).toBe(false);
  });

  it('with a wrong passphrase says so, on the passphrase field', async () => {
    expect(await failure(readTeamCode(code, `${PASS}!`))).toEqual({
      code: 'VALIDATION',
      key: 'validation',
      issues: [{ path: ['passphrase'], key: 'teamWrongPassphrase' }],
    });
  });

  it('damaged in copying (a character lost or changed) says so, on the code field', async () => {
    const changed = code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31);
    for (const bad of [code.slice(0, -1), code.slice(0, 40), changed, code.slice(0, 8)]) {
      expect((await failure(readTeamCode(bad, PASS))).issues, bad).toEqual([{ path: ['code'], key: 'teamCodeDamaged' }]);
    }
  });

  it('that is not a team code at all says so, on the code field', async () => {
    for (const bad of ['', 'hello world!', 'aGVsbG8gd29ybGQ', '请粘贴团队代码']) {
      expect((await failure(readTeamCode(bad, PASS))).issues, bad).toEqual([{ path: ['code'], key: 'teamCodeUnknown' }]);
    }
  });
});

describe('the team key and WebDAV password on this computer', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('sync-secrets-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are kept wrapped by the keystore in the data folder, by team id and by address', () => {
    const team = createTeam('第三组');
    const secrets = new SyncSecrets(dir, fileKeyStore(dir));
    secrets.saveTeam(team);
    const ref = webdavPasswordRef('http://192.168.1.10/dav/对口支援/', 'wangfang');
    secrets.savePassword(ref, 'pässwörd 密码');

    const again = new SyncSecrets(dir, fileKeyStore(dir));
    expect(again.loadTeam(team.id)).toEqual(team);
    expect(again.loadTeam(createTeam('x').id)).toBeNull();
    expect(again.loadPassword(ref)).toBe('pässwörd 密码');
    expect(again.loadPassword(webdavPasswordRef('http://192.168.1.10/dav/对口支援/', 'liqiang'))).toBeNull();

    const raw = fs.readFileSync(path.join(dir, SYNC_SECRETS_NAME));
    expect(raw.includes(Buffer.from('密码'))).toBe(false);
    expect(raw.includes(Buffer.from(Buffer.from(team.key).toString('base64')))).toBe(false);
    expect(raw.includes(Buffer.from('第三组'))).toBe(false);
  });

  it('under another keystore (another OS user) are not there, and a damaged file is set aside, not lost', () => {
    const team = createTeam('第三组');
    new SyncSecrets(dir, fileKeyStore(dir)).saveTeam(team);
    const otherDir = tempDir('sync-secrets-other-');
    try {
      fs.copyFileSync(path.join(dir, SYNC_SECRETS_NAME), path.join(otherDir, SYNC_SECRETS_NAME));
      expect(new SyncSecrets(otherDir, fileKeyStore(otherDir)).loadTeam(team.id)).toBeNull();
    } finally {
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
    fs.writeFileSync(path.join(dir, SYNC_SECRETS_NAME), '{"vers');
    const secrets = new SyncSecrets(dir, fileKeyStore(dir));
    expect(secrets.loadTeam(team.id)).toBeNull();
    expect(fs.readdirSync(dir).some((f) => f.startsWith(`${SYNC_SECRETS_NAME}.broken-`))).toBe(true);
    secrets.saveTeam(team);
    expect(secrets.loadTeam(team.id)).toEqual(team);
  });
});
