import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultWorkspacePath, readLastWorkspace, rememberWorkspace, startupWorkspace, userDataDirFor } from './workspaceLocation';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'liaison-userdata-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('which workspace opens at start-up', () => {
  it('is 工作区.sqlite in the user-data folder the first time', () => {
    expect(startupWorkspace(userData)).toBe(join(userData, '工作区.sqlite'));
    expect(defaultWorkspacePath(userData)).toBe(join(userData, '工作区.sqlite'));
  });

  it('is the one the user opened last', () => {
    const other = join(userData, '楚雄专场.sqlite');
    writeFileSync(other, '');
    rememberWorkspace(userData, other);
    expect(readLastWorkspace(userData)).toBe(other);
    expect(startupWorkspace(userData)).toBe(other);
  });

  it('falls back to the default when the remembered file is gone or the note is damaged', () => {
    rememberWorkspace(userData, join(userData, 'removed-usb-stick.sqlite'));
    expect(startupWorkspace(userData)).toBe(defaultWorkspacePath(userData));
    writeFileSync(join(userData, 'last-workspace.json'), '{ not json');
    expect(startupWorkspace(userData)).toBe(defaultWorkspacePath(userData));
    writeFileSync(join(userData, 'last-workspace.json'), JSON.stringify({ path: 'relative.sqlite' }));
    expect(startupWorkspace(userData)).toBe(defaultWorkspacePath(userData));
  });

  it('creates the user-data folder when remembering', () => {
    const nested = join(userData, 'a', 'b');
    const file = join(userData, 'w.sqlite');
    writeFileSync(file, '');
    rememberWorkspace(nested, file);
    expect(readLastWorkspace(nested)).toBe(file);
  });
});

describe('the user-data folder without Electron', () => {
  it('follows XDG on Linux, like Electron', () => {
    expect(userDataDirFor('对口支援工作台', {}, 'linux', '/home/li')).toBe('/home/li/.config/对口支援工作台');
    expect(userDataDirFor('对口支援工作台', { XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/li')).toBe('/cfg/对口支援工作台');
    expect(userDataDirFor('对口支援工作台', { XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/li')).toBe('/home/li/.config/对口支援工作台');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(userDataDirFor('P', {}, 'darwin', '/Users/li')).toBe(join('/Users/li', 'Library', 'Application Support', 'P'));
    expect(userDataDirFor('P', { APPDATA: '/appdata' }, 'win32', '/home')).toBe(join('/appdata', 'P'));
  });
});
