// Saves through a temporary file, checked on disk: after a save, a cancel, a failure and a
// process killed half-way, the user's folder holds what it should and nothing else, and the
// app's journal is empty again once the next start has tidied up.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/workspace';
import { isTempFileName, JOURNAL_DIR, KEEP_UNREACHABLE_MS, removeLeftoverTempFiles, saveBytes, saveVia, startSave, tempPathFor } from './atomicSave';

const ROOT = path.resolve(__dirname, '..', '..', '..');

let base: string;
let dataDir: string;
let folder: string;
beforeEach(() => {
  base = tempDir('atomic-save-');
  dataDir = path.join(base, 'userData');
  folder = path.join(base, '导出');
  fs.mkdirSync(dataDir);
  fs.mkdirSync(folder);
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

const listing = (dir: string) => fs.readdirSync(dir).sort();
const journal = () => (fs.existsSync(path.join(dataDir, JOURNAL_DIR)) ? listing(path.join(dataDir, JOURNAL_DIR)) : []);

/** Writes a journal entry by hand, as a save of process `pid` would have left it. */
function entry(name: string, content: unknown) {
  fs.mkdirSync(path.join(dataDir, JOURNAL_DIR), { recursive: true });
  const file = path.join(dataDir, JOURNAL_DIR, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A pid that no process has now: a child that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('temporary names', () => {
  it('are hidden, ours, random, and stay short for the longest Chinese name', () => {
    const dest = path.join(folder, '企业名录-2026-11-24.xlsx');
    const a = tempPathFor(dest);
    expect(path.dirname(a)).toBe(folder);
    expect(path.basename(a)).toMatch(/^\.企业名录-2026-11-24\.xlsx\.[0-9a-f]{8}\.liaison-part$/);
    expect(tempPathFor(dest)).not.toBe(a);
    expect(isTempFileName(path.basename(a))).toBe(true);

    const long = tempPathFor(path.join(folder, `${'上海沪工阀门厂（集团）有限公司'.repeat(10)}.pdf`));
    expect(Buffer.byteLength(path.basename(long))).toBeLessThanOrEqual(150);
    expect(isTempFileName(path.basename(long))).toBe(true);

    // Names a person or another program would use are not ours.
    for (const name of ['report.xlsx.part', '.report.xlsx.part', 'report.xlsx.liaison-part', '.report.xlsx.liaison-part', '.report.xlsx.3FA94C07.liaison-part', '.report.xlsx.3fa94c07.liaison-part.bak', '.3fa94c07.liaison-part']) {
      expect(isTempFileName(name), name).toBe(false);
    }
  });
});

describe('a save', () => {
  it('leaves exactly the destination, complete, and no journal entry; it replaces a file the user chose to replace', async () => {
    const dest = path.join(folder, '审核摘要.pdf');
    fs.writeFileSync(dest, 'the old file');
    await saveBytes(dataDir, dest, '%PDF-1.7 新内容');
    expect(listing(folder)).toEqual(['审核摘要.pdf']);
    expect(fs.readFileSync(dest, 'utf8')).toBe('%PDF-1.7 新内容');
    expect(journal()).toEqual([]);
  });

  it('is journalled while under way, the temporary file next to the destination, the destination untouched', async () => {
    const dest = path.join(folder, 'a.csv');
    fs.writeFileSync(dest, 'old');
    const save = await startSave(dataDir, dest);
    expect(listing(folder)).toEqual([path.basename(save.tempPath), 'a.csv'].sort());
    const entries = journal();
    expect(entries).toHaveLength(1);
    // The entry holds the path and the process id, nothing else.
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, JOURNAL_DIR, entries[0]!), 'utf8'))).toEqual({ path: save.tempPath, pid: process.pid });
    fs.writeFileSync(save.tempPath, 'new');
    expect(fs.readFileSync(dest, 'utf8')).toBe('old');
    // A start meanwhile (another window on the same data folder) leaves a running save alone.
    expect(await removeLeftoverTempFiles(dataDir)).toEqual([]);
    expect(fs.existsSync(save.tempPath)).toBe(true);
    await save.commit();
    expect(listing(folder)).toEqual(['a.csv']);
    expect(fs.readFileSync(dest, 'utf8')).toBe('new');
    expect(journal()).toEqual([]);
  });

  it('that fails or is cancelled leaves nothing, and an existing destination as it was', async () => {
    const dest = path.join(folder, 'a.xlsx');
    fs.writeFileSync(dest, 'keep me');
    await expect(saveVia(dataDir, dest, async (tempPath) => {
      fs.writeFileSync(tempPath, 'half');
      throw new Error('cancelled');
    })).rejects.toThrow('cancelled');
    expect(listing(folder)).toEqual(['a.xlsx']);
    expect(fs.readFileSync(dest, 'utf8')).toBe('keep me');
    expect(journal()).toEqual([]);

    const save = await startSave(dataDir, dest);
    fs.writeFileSync(save.tempPath, 'half');
    await save.discard();
    await save.discard();
    expect(listing(folder)).toEqual(['a.xlsx']);
    expect(journal()).toEqual([]);
  });

  it('into a folder that does not exist, or is removed half-way, fails as the file system does and leaves nothing', async () => {
    await expect(saveBytes(dataDir, path.join(base, 'no-such-folder', 'a.csv'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.existsSync(path.join(base, 'no-such-folder'))).toBe(false);
    expect(journal()).toEqual([]);

    const gone = path.join(base, 'U盘');
    fs.mkdirSync(gone);
    await expect(saveVia(dataDir, path.join(gone, 'a.csv'), async (tempPath) => {
      fs.writeFileSync(tempPath, 'half');
      fs.rmSync(gone, { recursive: true });
    })).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.existsSync(gone)).toBe(false);
    expect(journal()).toEqual([]);

    // A destination that is a folder: the rename fails, the temporary file goes.
    const dir = path.join(folder, 'a folder.xlsx');
    fs.mkdirSync(dir);
    await expect(saveBytes(dataDir, dir, 'x')).rejects.toMatchObject({ syscall: 'rename' });
    expect(listing(folder)).toEqual(['a folder.xlsx']);
    expect(journal()).toEqual([]);
  });
});

describe('leftovers of a crash', () => {
  it('a process killed half-way leaves its temporary file; the next start removes it and nothing else', async () => {
    const dest = path.join(folder, 'report.xlsx');
    // A user's own files that merely look like temporary ones, and a file of our pattern not in the journal.
    const usersPart = path.join(folder, 'report.xlsx.part');
    const notJournalled = path.join(folder, '.report.xlsx.0123abcd.liaison-part');
    fs.writeFileSync(usersPart, 'the user made this');
    fs.writeFileSync(notJournalled, 'not ours to remove');
    fs.writeFileSync(dest, 'last week’s report');

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'testing', 'interruptedSave.ts'), dataDir, dest], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const tempPath = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve((JSON.parse(out.split('\n')[0]!) as { tempPath: string }).tempPath);
      });
      void exited.then(() => reject(new Error(`the child ended before writing: ${stderr}`)));
    });
    expect(fs.statSync(tempPath).size).toBeGreaterThan(0);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // What the crash left: the half-written file and its journal entry; the destination as it was.
    expect(listing(folder)).toEqual([path.basename(tempPath), path.basename(notJournalled), 'report.xlsx', 'report.xlsx.part'].sort());
    expect(journal()).toHaveLength(1);
    expect(fs.readFileSync(dest, 'utf8')).toBe('last week’s report');

    expect(await removeLeftoverTempFiles(dataDir)).toEqual([tempPath]);
    expect(listing(folder)).toEqual([path.basename(notJournalled), 'report.xlsx', 'report.xlsx.part'].sort());
    expect(fs.readFileSync(usersPart, 'utf8')).toBe('the user made this');
    expect(fs.readFileSync(notJournalled, 'utf8')).toBe('not ours to remove');
    expect(journal()).toEqual([]);
    // A second start finds nothing to do.
    expect(await removeLeftoverTempFiles(dataDir)).toEqual([]);
  }, 30_000);

  it('an entry naming a file that is not ours drops the entry and keeps the file; a cut-short entry is dropped', async () => {
    const pid = await deadPid();
    const users = path.join(folder, 'report.xlsx.part');
    fs.writeFileSync(users, 'the user made this');
    entry('00000000000000a1.json', { path: users, pid });
    entry('00000000000000a2.json', { path: path.join(folder, '报表.xlsx'), pid });
    fs.writeFileSync(path.join(folder, '报表.xlsx'), 'also the user’s');
    entry('00000000000000a3.json', '{"path": "/tmp/.x.0123ab');
    entry('00000000000000a4.json', { path: '.relative.0123abcd.liaison-part', pid });
    // Not an entry of ours at all: left alone.
    entry('notes.txt', 'hello');
    expect(await removeLeftoverTempFiles(dataDir)).toEqual([]);
    expect(listing(folder)).toEqual(['report.xlsx.part', '报表.xlsx']);
    expect(journal()).toEqual(['notes.txt']);
  });

  it('SQLite files beside a temporary copy go with it; a folder that is not there keeps its entry until it is old', async () => {
    const pid = await deadPid();
    const temp = tempPathFor(path.join(folder, '副本.sqlite'));
    for (const suffix of ['', '-journal']) fs.writeFileSync(temp + suffix, 'x');
    entry('00000000000000b1.json', { path: temp, pid });
    const unplugged = tempPathFor(path.join(base, 'U盘', 'a.xlsx'));
    const recent = entry('00000000000000b2.json', { path: unplugged, pid });
    const old = entry('00000000000000b3.json', { path: unplugged, pid });
    const long = new Date(Date.now() - KEEP_UNREACHABLE_MS - 60_000);
    fs.utimesSync(old, long, long);

    expect(await removeLeftoverTempFiles(dataDir)).toEqual([temp]);
    expect(listing(folder)).toEqual([]);
    expect(journal()).toEqual([path.basename(recent)]);
  });

  it('no journal folder at all is nothing to do', async () => {
    expect(await removeLeftoverTempFiles(path.join(base, 'fresh'))).toEqual([]);
    expect(fs.existsSync(path.join(base, 'fresh'))).toBe(false);
  });
});
