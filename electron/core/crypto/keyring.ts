// Which key opens which workspace, kept in the app's data folder as blobs wrapped by the
// KeyStore (the OS keystore in the app). Entries are found by the file's SQLCipher salt —
// the first 16 bytes of an encrypted file, the one part SQLCipher leaves in clear and keeps
// through a re-key — so a workspace that is moved or renamed still finds its key. A copy
// or backup has a salt of its own and is registered when we write it.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFileSync } from '../files/privateFile';
import type { KeyStore } from './keystore';
import type { WorkspaceKey } from './workspaceKey';

export const KEYRING_NAME = 'keyring.json';
const SALT_BYTES = 16;

interface KeyringFile {
  version: 1;
  /** salt (hex) → wrapped keys, newest first (older ones open copies and backups made before a re-key). */
  entries: Record<string, string[]>;
}

/** The salt of an encrypted workspace file, or null when it is too short to have one. */
export function fileSalt(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SALT_BYTES);
    return readSync(fd, buf, 0, SALT_BYTES, 0) === SALT_BYTES ? buf.toString('hex') : null;
  } finally {
    closeSync(fd);
  }
}

export class Keyring {
  readonly path: string;

  constructor(
    dataDir: string,
    readonly store: KeyStore,
  ) {
    this.path = join(dataDir, KEYRING_NAME);
  }

  /** Keys to try for the file at `path`, newest first. */
  keysFor(path: string): WorkspaceKey[] {
    const salt = fileSalt(path);
    if (!salt) return [];
    return (this.read().entries[salt] ?? []).flatMap((wrapped) => {
      try {
        return [JSON.parse(this.store.unwrap(Buffer.from(wrapped, 'base64'))) as WorkspaceKey];
      } catch {
        return []; // wrapped by another keystore (another OS user): not ours to use
      }
    });
  }

  /**
   * Remembers `key` for the file at `path`, first in its list. Keys it had before stay: a
   * copy or backup (`VACUUM INTO` keeps the salt) made before a re-key still needs its own.
   */
  remember(path: string, key: WorkspaceKey): void {
    const salt = fileSalt(path);
    if (!salt) throw new Error('an encrypted workspace has a salt before its key is remembered');
    const known = this.keysFor(path);
    // A copy or backup keeps its workspace's salt: usually its key is there already, first.
    if (known[0] && JSON.stringify(known[0]) === JSON.stringify(key)) return;
    const file = this.read();
    const older = known.filter((k) => JSON.stringify(k) !== JSON.stringify(key));
    file.entries[salt] = [key, ...older].map((k) => this.store.wrap(JSON.stringify(k)).toString('base64'));
    this.write(file);
  }

  private read(): KeyringFile {
    if (!existsSync(this.path)) return { version: 1, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as KeyringFile;
      return parsed.version === 1 && parsed.entries ? parsed : { version: 1, entries: {} };
    } catch {
      return { version: 1, entries: {} };
    }
  }

  /**
   * Written to a temporary name, flushed to the disk and renamed, so neither a crash nor a
   * power cut leaves half a keyring: losing it would lose every workspace without a passphrase.
   */
  private write(file: KeyringFile): void {
    writePrivateFileSync(this.path, JSON.stringify(file, null, 1));
  }

}
