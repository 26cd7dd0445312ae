// A small file of this computer's secrets (the keyring, team keys, WebDAV passwords), written
// whole or not at all: a temporary name readable by this user only, flushed to the disk, then
// renamed over the old one and the folder flushed. A crash or a power cut never leaves half of
// it, and with half of it a lost key.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { flushDirSync } from './flush';

export function writePrivateFileSync(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  flushDirSync(dirname(path));
}
