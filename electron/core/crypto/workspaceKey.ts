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

/**
 * SQLCipher 4's format (AES-256-CBC, a random IV per page, PBKDF2-HMAC-SHA512 with 256,000
 * iterations for a passphrase) without its per-page HMAC: what every encrypted workspace
 * uses. Must precede `key`/`rekey`; SQLCipher itself opens such a file after
 * `PRAGMA cipher_use_hmac = OFF`.
 *
 * Why no HMAC: SQLite3MultipleCiphers computes an HMAC-SHA512 over every page read and
 * written, and that, not AES, is three quarters of the cost. Measured on the bench workspace
 * (569 MB), opening with its integrity check took 1.4 s instead of 0.23 s plain and a backup
 * 5.8 s instead of 1.3 s; on a 126 MB file quick_check took 418 ms with the HMAC, 103 ms
 * without, 84 ms plain. The encryption — what keeps the names and phone numbers of a lost
 * laptop's workspace unreadable — is the same either way. What the HMAC adds is detecting a
 * page deliberately altered by someone holding the file but not the key; such a page
 * decrypts to noise, which the integrity check on open and the backups' checks catch as
 * damage, and which cannot be turned into chosen content without the key.
 */
function useSqlCipher(db: Db): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma('hmac_use = 0');
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
