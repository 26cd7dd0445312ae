// A stand-in for the operating system's keystore where Electron (and so safeStorage) is
// not at hand: the Chromium harness, the tests and the benchmarks. Blobs are sealed with
// AES-256-GCM under a random key kept in a file of the app's data folder, so it protects a
// workspace that travels without that folder, but not against someone who has both. It
// says so (`protects: false`), and Settings then suggests a passphrase.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { flushDirSync } from '../files/flush';
import type { KeyStore } from './keystore';

export const FILE_KEYSTORE_NAME = 'local-keystore.key';

export function fileKeyStore(dataDir: string): KeyStore {
  const path = join(dataDir, FILE_KEYSTORE_NAME);
  let machineKey: Buffer | null = null;
  const key = (): Buffer => {
    if (machineKey) return machineKey;
    if (existsSync(path) && !/^[0-9a-f]{64}$/.test(readFileSync(path, 'utf8').trim())) {
      // Cut short by a crash before this file was written whole: unusable as it is. Kept aside
      // (never deleted) and replaced, so workspaces can be made again; those whose keys it
      // wrapped now open with their passphrase.
      renameSync(path, `${path}.broken-${Date.now()}`);
    }
    if (!existsSync(path)) createKeyFile(path);
    machineKey = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    return machineKey;
  };
  return {
    protects: false,
    wrap(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(), iv);
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    unwrap(blob) {
      const decipher = createDecipheriv('aes-256-gcm', key(), blob.subarray(0, 12));
      decipher.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * Writes a new random key to `path` so that the file is never there incomplete: written and
 * flushed under a temporary name, then linked to its name, which fails if another process
 * made the key first (then theirs is the one, and is read back). Writing it in place let a
 * crash between creating the file and writing it — or a power cut before the disk had it —
 * leave an empty key file, and with it no workspace could be created or opened again here
 * ("Invalid key length"), while blobs wrapped by the lost key stayed in the keyring.
 */
function createKeyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(32).toString('hex'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process made it first: theirs is the key
    }
  } finally {
    rmSync(temp, { force: true }); // also when the disk is full: no key file is better than half of one
  }
  flushDirSync(dirname(path));
}
