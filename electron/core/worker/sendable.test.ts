// A payload structured clone cannot carry — nested thousands of levels deep (V8's serializer
// runs out of stack near 5,000), or holding a function — is refused by the host with the
// contract's own VALIDATION error naming the field, instead of throwing out of `invoke`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CORE_BUNDLE, root } from '../../../scripts/bundles.mjs';
import { nested } from '../testing/fuzz/mutations';
import { TestDialogs } from '../testing/workspace';
import { type CoreWorker, startCoreWorker } from './client';
import { MAX_DEPTH, nestedBeyond } from './sendable';

let dir: string;
let core: CoreWorker;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-sendable-'));
  core = await startCoreWorker({ script: path.join(root, TEST_CORE_BUNDLE), dataDir: dir, dialogs: new TestDialogs() });
  await core.open(path.join(dir, '工作区.sqlite'));
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('payloads the worker boundary cannot carry', () => {
  it('a field nested 10,000 deep is refused naming the field, and the core still answers', async () => {
    expect(await core.invoke('companies.create', { name: '上海沪工阀门厂', notes: nested(10_000) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation', issues: [{ path: ['notes'], key: 'invalidType' }] },
    });
    expect(await core.invoke('staff.list', nested(10_000, true))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.invoke('companies.drop', nested(10_000))).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', key: 'unknownChannel' } });
    expect(await core.invoke('staff.create', { name: '陈建国' })).toMatchObject({ ok: true });
  });

  it('a function in a field is refused the same way', async () => {
    expect(await core.invoke('companies.create', { name: '上海沪工阀门厂', notes: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['notes'] }] },
    });
  });

  it('measures nesting without recursion, each shared object once', () => {
    expect(nestedBeyond(nested(MAX_DEPTH - 1), MAX_DEPTH)).toBe(false);
    expect(nestedBeyond(nested(MAX_DEPTH), MAX_DEPTH)).toBe(true);
    expect(nestedBeyond(nested(100_000), MAX_DEPTH)).toBe(true);
    // 60 levels of two references to the same list: 2^60 paths, 60 objects.
    let shared: unknown = [];
    for (let i = 0; i < 60; i++) shared = [shared, shared];
    expect(nestedBeyond(shared, MAX_DEPTH)).toBe(false);
  });
});
