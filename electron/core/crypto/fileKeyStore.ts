// A stand-in for the operating system's keystore where Electron (and so safeStorage) is
// not at hand: the Chromium harness, the tests and the benchmarks. Blobs are sealed with
// AES-256-GCM under a random key kept in a file of the app's data folder, so it protects a
// workspace that travels without that folder, but not against someone who has both. It
// says so (`protects: false`), and Settings then suggests a passphrase.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KeyStore } from './keystore';

export const FILE_KEYSTORE_NAME = 'local-keystore.key';

export function fileKeyStore(dataDir: string): KeyStore {
  const path = join(dataDir, FILE_KEYSTORE_NAME);
  let machineKey: Buffer | null = null;
  const key = (): Buffer => {
    if (machineKey) return machineKey;
    if (existsSync(path)) machineKey = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    else {
      mkdirSync(dirname(path), { recursive: true });
      machineKey = randomBytes(32);
      writeFileSync(path, machineKey.toString('hex'), { mode: 0o600, flag: 'wx' });
    }
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
