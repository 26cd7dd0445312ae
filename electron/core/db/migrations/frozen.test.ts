// Shipped migrations must never change (see index.ts): users' files were migrated by them as
// they were, and a file still at an old version must end up the same as a new one. Two checks:
//  - each migration file (and the frozen data beside it) still has the hash frozen.sha256
//    lists for it;
//  - a new workspace's schema is still the one in schema.snapshot.sql.
// frozen.sha256 is updated only when a migration is added: the newest migration may still be
// edited until it ships, so it need not be listed; when you add the next one, list the
// previous newest (the failure message below gives the line to add).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaText } from '../../testing/migrations';
import { openDb } from '../open';
import { LATEST_VERSION, MIGRATIONS } from './index';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HASHES = path.join(HERE, 'frozen.sha256');
const SNAPSHOT = path.join(HERE, 'schema.snapshot.sql');
/** Files here that are not frozen: the list, the runner's types, tests and these guards' own files. */
const NOT_FROZEN = (name: string) => ['index.ts', 'types.ts', 'frozen.sha256', 'schema.snapshot.sql'].includes(name) || name.endsWith('.test.ts');

// A Windows checkout may turn LF into CRLF; the content is what counts, not the line ends.
const read = (file: string) => fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
const sha256 = (file: string) => createHash('sha256').update(read(file)).digest('hex');
/** The migration version a file belongs to (001-foundation.ts → 1), null for a shared helper. */
const versionOf = (name: string) => (/^(\d{3})-/.exec(name) ? Number(name.slice(0, 3)) : null);

const ADD_A_MIGRATION =
  'A shipped migration must never change: users\' files were migrated by it as it was. Undo the edit and add a new ' +
  'migration instead (the next NNN-what.ts in electron/core/db/migrations, listed in index.ts, with a test beside it).';

function listedHashes(): Map<string, string> {
  const lines = read(HASHES).split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  return new Map(lines.map((l) => {
    const [hash, name] = l.trim().split(/\s+\*?/);
    return [name!, hash!];
  }));
}

describe('shipped migrations are frozen', () => {
  it('each listed file still has the hash frozen.sha256 gives', () => {
    for (const [name, hash] of listedHashes()) {
      const file = path.join(HERE, name);
      expect(fs.existsSync(file), `${name} is listed in frozen.sha256 but is gone. ${ADD_A_MIGRATION}`).toBe(true);
      expect(sha256(file), `${name} has changed since it shipped. ${ADD_A_MIGRATION}`).toBe(hash);
    }
  });

  it('every migration file but the newest, and every helper they share, is listed', () => {
    const listed = listedHashes();
    for (const name of fs.readdirSync(HERE).filter((n) => !NOT_FROZEN(n)).sort()) {
      if (versionOf(name) === LATEST_VERSION || listed.has(name)) continue;
      expect.fail(
        `${name} is not in frozen.sha256. Only the newest migration's own files may be left out (they may change until it ships); ` +
          `older ones, and helpers the migrations share, are frozen. Add this line to frozen.sha256:\n${sha256(path.join(HERE, name))}  ${name}`,
      );
    }
  });

  it('versions run 1, 2, 3… in order, each in its own NNN-what.ts with a test NNN-what.test.ts beside it', () => {
    const files = fs.readdirSync(HERE);
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      const prefix = `${String(m.version).padStart(3, '0')}-`;
      expect(files.filter((f) => f.startsWith(prefix) && f.endsWith('.ts') && !f.endsWith('.test.ts')), `one file for migration ${m.version}`).toHaveLength(1);
      expect(
        files.some((f) => f.startsWith(prefix) && f.endsWith('.test.ts')),
        `migration ${m.version} needs its test, ${prefix}….test.ts: a file at version ${m.version - 1} with rows in every table it touches, migrated (testing/migrations.ts migrateOneStep)`,
      ).toBe(true);
    });
  });
});

describe('the schema after all migrations', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });

  it('is the one in schema.snapshot.sql', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-snapshot-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const { db } = openDb(path.join(dir, 'new.sqlite'), { create: true }); // a new file, as File › New starts from
    cleanups.push(() => db.close());
    const actual = `-- The schema of a new workspace after every migration. Written by frozen.test.ts; do not edit.\n${schemaText(db)}\n`;

    // Regenerate only on purpose, after adding a migration (never in CI).
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1' && !process.env.CI) fs.writeFileSync(SNAPSHOT, actual);

    const message = [
      'The schema after all migrations differs from electron/core/db/migrations/schema.snapshot.sql (diff below).',
      `- Edited a migration that has shipped? ${ADD_A_MIGRATION}`,
      '- Added a migration, or changed the newest one before it ships, or the SQLite library now writes the SQL of FTS5\'s own tables differently?',
      '  Regenerate the snapshot and review its diff: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run electron/core/db/migrations/frozen.test.ts',
    ].join('\n');
    expect(actual, message).toBe(fs.existsSync(SNAPSHOT) ? read(SNAPSHOT) : '(no snapshot file)');
  });
});
