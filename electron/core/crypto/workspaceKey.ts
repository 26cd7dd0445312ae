// A workspace's key: a random 256-bit key (every new workspace) or a passphrase the user
// typed (for carrying the file to another computer, or a machine without a keystore).
// SQLCipher-compatible encryption (SQLite3MultipleCiphers in SQLCipher 4 mode): a raw key
// is used as it is, a passphrase goes through SQLCipher's own PBKDF2 with the file's salt.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open';

export type WorkspaceKey = { kind: 'raw'; hex: string } | { kind: 'passphrase'; text: string };

export const newRandomKey = (): WorkspaceKey => ({ kind: 'raw', hex: randomBytes(32).toString('hex') });

const HEX_KEY = /^[0-9a-f]{64}$/;

/** The value of `PRAGMA key` / `PRAGMA rekey` for a key, quoted for SQL. */
function keyLiteral(key: WorkspaceKey): string {
  if (key.kind === 'raw') {
    if (!HEX_KEY.test(key.hex)) throw new Error('a raw workspace key is 64 hex digits');
    return `"x'${key.hex}'"`;
  }
  return `'${key.text.replace(/'/g, "''")}'`;
}

/** SQLCipher 4's format: what every encrypted workspace uses. Must precede `key`/`rekey`. */
function useSqlCipher(db: Db): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/** Unlocks a connection (before anything reads it). */
export function applyKey(db: Db, key: WorkspaceKey): void {
  useSqlCipher(db);
  db.pragma(`key = ${keyLiteral(key)}`);
}

/** Re-encrypts every page of the open file under `key` (a plain file becomes encrypted). */
export function rekey(db: Db, key: WorkspaceKey): void {
  useSqlCipher(db);
  db.pragma(`rekey = ${keyLiteral(key)}`);
}
