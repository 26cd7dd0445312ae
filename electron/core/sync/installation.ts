// This installation of the app (its data folder), named by a random id made once. With the
// workspace file's path it is the binding a computer id belongs to (engine ensureComputerId):
// a workspace copied to another computer or place gets a computer id of its own there.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'installation-id';

export function installationId(dataDir: string): string {
  const path = join(dataDir, FILE);
  if (existsSync(path)) {
    const id = readFileSync(path, 'utf8').trim();
    if (id) return id;
  }
  mkdirSync(dataDir, { recursive: true });
  const id = randomUUID();
  writeFileSync(path, id, { mode: 0o600 });
  return id;
}
