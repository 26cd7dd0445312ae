// The operating system's keystore, passed in: Electron's safeStorage (DPAPI, Keychain,
// libsecret) in the desktop app; a file-backed stand-in where there is no Electron (the
// Chromium harness, tests, benchmarks). The core only ever holds wrapped blobs on disk.
export interface KeyStore {
  /** True when the blobs are protected by the operating system (not a fixed fallback key). */
  readonly protects: boolean;
  wrap(secret: string): Buffer;
  unwrap(blob: Buffer): string;
}
