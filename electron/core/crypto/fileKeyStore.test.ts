// The file-backed keystore's own key: made once per data folder, never there half-written.
// (A kill or a full disk between creating the file and writing it used to leave it empty, and
// then no workspace could be created or opened in that folder again: "Invalid key length".)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/workspace';
import { FILE_KEYSTORE_NAME, fileKeyStore } from './fileKeyStore';

let dir: string;
beforeEach(() => {
  dir = tempDir('keystore-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the file keystore', () => {
  it('makes its key on first use as one whole file, and a second store in the folder uses the same key', () => {
    const blob = fileKeyStore(dir).wrap('秘密');
    expect(fs.readdirSync(dir)).toEqual([FILE_KEYSTORE_NAME]);
    expect(fs.readFileSync(path.join(dir, FILE_KEYSTORE_NAME), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    expect(fileKeyStore(dir).unwrap(blob)).toBe('秘密');
  });

  it('a key file an older version left empty is set aside, not deleted, and a new key made', () => {
    fs.writeFileSync(path.join(dir, FILE_KEYSTORE_NAME), '');
    const store = fileKeyStore(dir);
    expect(store.unwrap(store.wrap('秘密'))).toBe('秘密');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(`${FILE_KEYSTORE_NAME}.broken-`))).toHaveLength(1);
  });

  it('works after a crash left a written key under its temporary name, not yet linked to its own', () => {
    // What a kill between writing the temporary file and linking it leaves behind.
    fs.writeFileSync(path.join(dir, `${FILE_KEYSTORE_NAME}.0badc0de.tmp`), 'ab'.repeat(32));
    const store = fileKeyStore(dir);
    expect(store.unwrap(store.wrap('秘密'))).toBe('秘密');
    expect(fs.readFileSync(path.join(dir, FILE_KEYSTORE_NAME), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a process whose write fails while it makes the key (a full disk) leaves nothing that stops the next start', async () => {
    // A real process under a file-size limit of 0 bytes: the key's first write fails there
    // with EFBIG, as on a full disk (Node ignores SIGXFSZ). The code runs bundled, as in the app.
    const script = path.join(dir, 'makeKey.cjs');
    await build({
      stdin: { contents: "import { fileKeyStore } from './fileKeyStore'; fileKeyStore(process.argv[2]!).wrap('秘密');", resolveDir: __dirname, loader: 'ts' },
      outfile: script, bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3-multiple-ciphers'], logLevel: 'silent',
    });
    const data = path.join(dir, 'data');
    const run = spawnSync('/bin/sh', ['-c', 'ulimit -f 0 && exec "$0" "$1" "$2"', process.execPath, script, data], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../../node_modules') },
    });
    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(/EFBIG/);
    expect(fs.readdirSync(data)).toEqual([]);
    const store = fileKeyStore(data);
    expect(store.unwrap(store.wrap('秘密'))).toBe('秘密');
  });
});
