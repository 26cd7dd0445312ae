// A folder as the place (a USB stick, a mapped drive): files appear whole or not at all, a
// folder that vanishes mid-run says 'unreachable' and is never recreated on the local disk.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/workspace';
import { FolderPlace } from './folder';
import { PlaceError } from './place';

let dir: string;
let root: string;
beforeEach(() => {
  dir = tempDir('sync-folder-');
  root = path.join(dir, 'U盘', '同步');
  fs.mkdirSync(root, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlaceError) return e.code;
    throw e;
  }
  return 'ok';
};

describe('a folder place', () => {
  it('lists, reads and writes, Chinese names included; an absent folder lists as empty', async () => {
    const place = new FolderPlace(root);
    expect(await place.reachable()).toBe(true);
    expect(await place.list('团队')).toEqual([]);
    await place.ensureDir('团队/电脑甲');
    await place.ensureDir('团队/电脑甲'); // again: nothing to do
    await place.write('团队/电脑甲/王芳-00000001.pkt', new Uint8Array([1, 2, 3]));
    await place.write('团队/电脑乙/b-00000001.pkt', new Uint8Array([4])); // its folder is made on the way
    expect(await place.list('')).toEqual(['团队']);
    expect(await place.list('团队')).toEqual(['电脑乙', '电脑甲']);
    expect(await place.list('团队/电脑甲')).toEqual(['王芳-00000001.pkt']);
    expect([...(await place.read('团队/电脑甲/王芳-00000001.pkt'))]).toEqual([1, 2, 3]);
    expect(await codeOf(place.read('团队/电脑甲/none.pkt'))).toBe('notFound');
  });

  it('never replaces a file: the same bytes again is done, other bytes under the name are refused as existing', async () => {
    const place = new FolderPlace(root);
    await place.write('t/a.pkt', new Uint8Array([1, 2, 3]));
    await place.write('t/a.pkt', new Uint8Array([1, 2, 3]));
    expect(await codeOf(place.write('t/a.pkt', new Uint8Array([9])))).toBe('exists');
    expect([...fs.readFileSync(path.join(root, 't', 'a.pkt'))]).toEqual([1, 2, 3]);
  });

  it('lists no write in progress or left by a crash, and leaves no temporary file after a write', async () => {
    const place = new FolderPlace(root);
    await place.write('t/a.pkt', new Uint8Array(100_000));
    fs.writeFileSync(path.join(root, 't', '.b.pkt.0badc0de.sync-part'), 'half');
    expect(await place.list('t')).toEqual(['a.pkt']);
    expect(fs.readdirSync(path.join(root, 't')).sort()).toEqual(['.b.pkt.0badc0de.sync-part', 'a.pkt']);
  });

  it('when the folder vanishes mid-run (a stick pulled) says unreachable, and does not recreate it', async () => {
    const place = new FolderPlace(root);
    await place.write('t/a.pkt', new Uint8Array([1]));
    fs.rmSync(path.join(dir, 'U盘'), { recursive: true });
    expect(await place.reachable()).toBe(false);
    expect(await codeOf(place.list('t'))).toBe('unreachable');
    expect(await codeOf(place.read('t/a.pkt'))).toBe('unreachable');
    expect(await codeOf(place.write('t/b.pkt', new Uint8Array([1])))).toBe('unreachable');
    expect(await codeOf(place.ensureDir('t'))).toBe('unreachable');
    expect(fs.existsSync(path.join(dir, 'U盘'))).toBe(false);
    // Plugged in again: works.
    fs.mkdirSync(root, { recursive: true });
    await place.write('t/b.pkt', new Uint8Array([2]));
    expect(await place.list('t')).toEqual(['b.pkt']);
  });

  it('refuses paths that leave the place', async () => {
    const place = new FolderPlace(root);
    for (const bad of ['../x.pkt', 't/../../x', '/etc/passwd', 't//a', 't\\..\\x', './a']) {
      expect(await codeOf(place.write(bad, new Uint8Array([1]))), bad).toBe('refused');
      expect(await codeOf(place.read(bad)), bad).toBe('refused');
    }
    expect(fs.readdirSync(dir)).toEqual(['U盘']);
  });

  it('a file where a folder should be refuses the write with a reason, not a crash', async () => {
    const place = new FolderPlace(root);
    fs.writeFileSync(path.join(root, 't'), 'a user file');
    expect(await codeOf(place.write('t/a.pkt', new Uint8Array([1])))).toBe('refused');
    expect(await codeOf(place.ensureDir('t'))).toBe('refused');
    expect(fs.readFileSync(path.join(root, 't'), 'utf8')).toBe('a user file');
  });
});
