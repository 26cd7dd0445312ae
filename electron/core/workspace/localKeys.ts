// Session options for where Electron's safeStorage is not at hand — the Chromium harness,
// tests and benchmarks: the keyring and the backups live in `dataDir`, and keys are wrapped
// by the file-backed stand-in for the OS keystore.
import { Keyring } from '../crypto/keyring';
import { fileKeyStore } from '../crypto/fileKeyStore';
import type { SessionOptions } from './session';

export const localSessionOptions = (dataDir: string, extra: Partial<SessionOptions> = {}): SessionOptions => ({
  keyring: new Keyring(dataDir, fileKeyStore(dataDir)),
  dataDir,
  ...extra,
});
