// The operating system's keystore for workspace keys: Electron's safeStorage (DPAPI on
// Windows, the Keychain on macOS, libsecret/kwallet on Linux). Where it has nothing better
// than Chromium's fixed fallback password (Linux without a secret service: 'basic_text'),
// keys are still wrapped, but `protects` is false and Settings asks for a passphrase.
// Usable only after the app is ready.
import { safeStorage } from 'electron';
import { fileKeyStore } from '../core/crypto/fileKeyStore';
import type { KeyStore } from '../core/crypto/keystore';

export function osKeyStore(userData: string): KeyStore {
  if (!safeStorage.isEncryptionAvailable()) return fileKeyStore(userData);
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    protects: !weak,
    wrap: (secret) => safeStorage.encryptString(secret),
    unwrap: (blob) => safeStorage.decryptString(blob),
  };
}
