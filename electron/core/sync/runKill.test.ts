// A SIGKILL between an edit and the next sync: the edit was captured in its own transaction,
// so the next sync (after the workspace is opened again) sends it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { syncThrough } from '../testing/syncRun';
import { tempDir } from '../testing/workspace';
import { FolderPlace } from './place/folder';
import { createTeam, type Team } from './team';

const REPO = path.resolve(__dirname, '..', '..', '..');
let computers: Computer[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const sync = (c: Computer, t: Team, place: string) => syncThrough(c, t, new FolderPlace(place));

async function bundle(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(dir, 'syncKillWriter.cjs');
  await build({
    entryPoints: [path.join(__dirname, '..', 'testing', 'syncKillWriter.ts')], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node22', external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning', absWorkingDir: REPO,
  });
  return outfile;
}

it('an edit made just before the program was killed goes out with the next sync', async () => {
  computers = await computersFromOneFile(['A', 'B'], async (ws) => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  });
  const [a, b] = computers as [Computer, Computer];
  const t = createTeam('德钦组');
  const place = tempDir('liaison-sync-');
  const scratch = tempDir('liaison-kill-');
  dirs.push(place, scratch);
  const companyId = (await a.ws.call('companies.list', {})).rows[0]!.id;
  const writer = await bundle(scratch);

  a.ws.session.close();
  const child = spawn(process.execPath, [writer, JSON.stringify({ file: a.ws.file, dataDir: a.ws.dir, companyId, headcount: 777 })], {
    cwd: REPO,
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString('utf8').includes('edited') && resolve());
    child.once('exit', () => reject(new Error(`the writer ended before its edit: ${err}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  a.reopen();
  expect((await a.ws.call('companies.get', { id: companyId })).headcount).toBe(777);
  await sync(a, t, place);
  await sync(b, t, place);
  expect((await b.ws.call('companies.get', { id: companyId })).headcount).toBe(777);
});
