// The update decisions as plain functions: which versions are newer (semver, prereleases
// included), what a skipped version hides and what it does not, what a feed file says, and which
// file of the feed this computer reads.
import { describe, expect, it } from 'vitest';
import { decide, isNewer, isSkipped } from './decide';
import { MAX_NOTES, parseFeed } from './feed';
import { feedFileName, feedFileUrl } from './feedFile';

const FEED = `version: 0.2.0
files:
  - url: 对口支援工作台-Setup-0.2.0.exe
    sha512: ZmFrZQ==
    size: 98304512
path: 对口支援工作台-Setup-0.2.0.exe
sha512: ZmFrZQ==
releaseDate: '2026-11-20T08:00:00.000Z'
releaseNotes: |
  修正了导出表格时的日期格式。
  新增软件更新。
`;

const release = (version: string) => ({ version, notes: null, date: null, size: null });
const feedOf = (version: string) => ({ file: 'latest.yml', read: { ok: true as const, release: release(version) } });

describe('which version is newer', () => {
  it.each([
    ['0.2.0', '0.1.0', true],
    ['0.1.0', '0.1.0', false],
    ['0.1.0', '0.2.0', false],
    ['0.10.0', '0.9.0', true], // numbers, not text
    ['1.0.0', '1.0.0-beta.3', true], // a release comes after its prereleases
    ['1.0.0-beta.3', '0.9.9', true],
    ['1.0.0-beta.10', '1.0.0-beta.9', true],
    ['1.0.0-beta.1', '1.0.0-alpha.7', true],
    ['1.0.0-beta.1', '1.0.0', false],
    ['1.0.0+build.7', '1.0.0', false], // build metadata does not count
    ['v0.2.0', '0.1.0', true], // as electron-updater reads it
    ['0.2', '0.1.0', false], // not semver: never offered
    ['最新版', '0.1.0', false],
  ])('%s over %s: %s', (latest, current, newer) => {
    expect(isNewer(latest, current)).toBe(newer);
  });
});

describe('a skipped version', () => {
  it('hides exactly that version', () => {
    expect(isSkipped('0.2.0', '0.2.0')).toBe(true);
    expect(isSkipped('0.2.0', null)).toBe(false);
    expect(isSkipped('0.2.1', '0.2.0')).toBe(false);
    expect(isSkipped('0.2.0', 'not a version')).toBe(false);
  });

  it('is shown as skipped; a newer one than it is offered again', () => {
    expect(decide('0.1.0', feedOf('0.2.0'), '0.2.0')).toEqual({ kind: 'skipped', release: release('0.2.0') });
    expect(decide('0.1.0', feedOf('0.3.0'), '0.2.0')).toEqual({ kind: 'available', release: release('0.3.0') });
  });

  it('does not matter once this version has caught up', () => {
    expect(decide('0.2.0', feedOf('0.2.0'), '0.2.0')).toEqual({ kind: 'upToDate', latest: '0.2.0' });
  });
});

describe('what to show', () => {
  it('nothing asked without an address', () => {
    expect(decide('0.1.0', { file: 'latest.yml', read: null }, null)).toEqual({ kind: 'notConfigured' });
  });

  it('up to date, also when the feed is older than this version (no downgrade)', () => {
    expect(decide('0.1.0', feedOf('0.1.0'), null)).toEqual({ kind: 'upToDate', latest: '0.1.0' });
    expect(decide('0.3.0', feedOf('0.2.0'), null)).toEqual({ kind: 'upToDate', latest: '0.2.0' });
  });

  it('a newer version with what the feed says of it', () => {
    expect(decide('0.1.0', feedOf('0.2.0'), null)).toEqual({ kind: 'available', release: release('0.2.0') });
  });

  it('unreachable, with the reason and the HTTP status', () => {
    const read = { fetchFailed: true as const, reason: 'httpStatus' as const, status: 503 };
    expect(decide('0.1.0', { file: 'latest-linux.yml', read }, null)).toEqual({ kind: 'unreachable', reason: 'httpStatus', file: 'latest-linux.yml', status: 503 });
  });

  it('damaged, when the file is not a feed or far too large', () => {
    expect(decide('0.1.0', { file: 'latest.yml', read: { ok: false, reason: 'noFiles' } }, null)).toEqual({ kind: 'damaged', reason: 'noFiles', file: 'latest.yml' });
    const tooLarge = { fetchFailed: true as const, reason: 'tooLarge' as const, status: 200 };
    expect(decide('0.1.0', { file: 'latest.yml', read: tooLarge }, null)).toEqual({ kind: 'damaged', reason: 'tooLarge', file: 'latest.yml' });
  });
});

describe('a feed file', () => {
  it('as electron-builder writes it: version, date, size, notes', () => {
    expect(parseFeed(FEED)).toEqual({
      ok: true,
      release: { version: '0.2.0', date: '2026-11-20T08:00:00.000Z', size: 98304512, notes: '修正了导出表格时的日期格式。\n新增软件更新。' },
    });
  });

  it('the older form with one path and its sha512', () => {
    expect(parseFeed('version: 0.2.0\npath: setup.exe\nsha512: ZmFrZQ==\n')).toEqual({ ok: true, release: release('0.2.0') });
  });

  it('notes as a list of versions, as HTML, and too long', () => {
    const list = `${FEED.split('releaseNotes')[0]}releaseNotes:\n  - version: 0.2.0\n    note: 第二版\n  - version: 0.1.5\n    note: <p>修正<br>错误</p>\n`;
    expect(parseFeed(list)).toMatchObject({ release: { notes: '第二版\n\n修正\n错误' } });
    const long = `${FEED.split('releaseNotes')[0]}releaseNotes: '${'长'.repeat(MAX_NOTES + 10)}'\n`;
    const notes = (parseFeed(long) as { release: { notes: string } }).release.notes;
    expect(notes).toHaveLength(MAX_NOTES + 1);
    expect(notes.endsWith('…')).toBe(true);
  });

  it('an unreadable date or size is left out, not guessed', () => {
    const odd = 'version: 0.2.0\nreleaseDate: 上周\nfiles:\n  - url: a.exe\n    sha512: ZmFrZQ==\n    size: -5\n';
    expect(parseFeed(odd)).toEqual({ ok: true, release: release('0.2.0') });
  });

  it.each([
    ['', 'notYaml'],
    ['<!DOCTYPE html><html><body>请登录内网</body></html>', 'notYaml'],
    ['version: [0.2.0\n', 'notYaml'],
    ['version: 0.2.0\nversion: 0.3.0\n', 'notYaml'],
    ['- 0.2.0\n- 0.3.0\n', 'notYaml'],
    ['files:\n  - url: a.exe\n    sha512: ZmFrZQ==\n', 'noVersion'],
    ['version: 0.2\nfiles:\n  - url: a.exe\n    sha512: ZmFrZQ==\n', 'badVersion'],
    ['version: 第二版\nfiles:\n  - url: a.exe\n    sha512: ZmFrZQ==\n', 'badVersion'],
    ['version: 0.2.0\n', 'noFiles'],
    ['version: 0.2.0\nfiles:\n  - url: a.exe\n', 'noFiles'],
    ['version: 0.2.0\npath: a.exe\n', 'noFiles'],
  ])('damaged: %j → %s', (text, reason) => {
    expect(parseFeed(text)).toEqual({ ok: false, reason });
  });

  it('refuses a feed of nested aliases instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    expect(parseFeed(`version: 0.2.0\n${lines.join('\n')}\n`)).toEqual({ ok: false, reason: 'notYaml' });
  });
});

describe('the feed file of this computer, named as electron-updater names it', () => {
  it.each([
    ['win32', 'x64', 'latest.yml'],
    ['win32', 'arm64', 'latest.yml'],
    ['linux', 'x64', 'latest-linux.yml'],
    ['linux', 'arm64', 'latest-linux-arm64.yml'],
    ['linux', 'loong64', 'latest-linux-loong64.yml'],
    ['darwin', 'arm64', 'latest-mac.yml'],
  ])('%s %s: %s', (platform, arch, name) => {
    expect(feedFileName(platform, arch)).toBe(name);
  });

  it('sits in the folder of the address, with or without its last slash, its query kept', () => {
    expect(feedFileUrl('http://10.1.2.3/liaison', 'latest.yml').href).toBe('http://10.1.2.3/liaison/latest.yml');
    expect(feedFileUrl('http://10.1.2.3/liaison/', 'latest.yml').href).toBe('http://10.1.2.3/liaison/latest.yml');
    expect(feedFileUrl('https://updates.bureau.local/对口支援/?token=7#x', 'latest-linux.yml').href).toBe(
      'https://updates.bureau.local/%E5%AF%B9%E5%8F%A3%E6%94%AF%E6%8F%B4/latest-linux.yml?token=7',
    );
  });
});
