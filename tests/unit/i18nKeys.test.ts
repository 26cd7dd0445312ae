// Every string the user sees goes through i18n: each literal key the renderer asks
// for, and each message key the core or the contract can send back, must have a
// Chinese text (en.ts is typed against zh.ts, so English cannot miss one).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../renderer/src/i18n/zh';
import { CREDIT_CODE_PROBLEMS } from '../../shared/creditCode';
import { ERROR_CODES } from '../../shared/result';
import { COMPANY_STATUSES } from '../../shared/companies/status';

const root = join(__dirname, '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : files(p, ext);
    return ext.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), zh);
}

const missing = (keys: Iterable<string>) => [...new Set(keys)].filter((k) => typeof lookup(k) !== 'string');

describe('i18n keys', () => {
  it('has a text for every literal key the renderer uses', () => {
    const keys: string[] = [];
    for (const f of files(join(root, 'renderer', 'src'), /\.tsx?$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*['"]([a-zA-Z0-9_.]+)['"]/g)) keys.push(m[1]!);
      for (const m of readFileSync(f, 'utf8').matchAll(/\bkey: '((?:nav)\.[a-zA-Z]+)'/g)) keys.push(m[1]!);
    }
    expect(keys.length).toBeGreaterThan(100);
    expect(missing(keys)).toEqual([]);
  });

  it('has a message for every error key the core and the contract can send', () => {
    const keys: string[] = [];
    const sources = [...files(join(root, 'electron', 'core'), /\.ts$/), ...files(join(root, 'shared'), /\.ts$/)];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bfail\(\s*'[A-Z_]+',\s*'([a-zA-Z]+)'/g)) keys.push(`errors.${m[1]}`);
      for (const m of text.matchAll(/\bconflictOn\(\s*'[a-zA-Z]+',\s*'([a-zA-Z]+)'/g)) keys.push(`errors.${m[1]}`);
      for (const m of text.matchAll(/\bkey: '([a-zA-Z.]+)'/g)) keys.push(`errors.${m[1]}`);
      for (const m of text.matchAll(/message: '([a-zA-Z]+)'/g)) keys.push(`errors.${m[1]}`);
      for (const m of text.matchAll(/\.(?:refine|regex)\([^;]*?'([a-z][a-zA-Z]+)'\)/g)) keys.push(`errors.${m[1]}`);
    }
    keys.push(...CREDIT_CODE_PROBLEMS.map((p) => `errors.${p}`), ...ERROR_CODES.map((c) => `errors.code.${c}`));
    expect(keys.length).toBeGreaterThan(30);
    expect(missing(keys)).toEqual([]);
  });

  it('names every company status', () => {
    expect(missing(COMPANY_STATUSES.map((s) => `status.${s}`))).toEqual([]);
  });
});
