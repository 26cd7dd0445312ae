// How many automatic backups to keep: an app-wide setting (Settings › 备份与恢复), kept in
// the backups folder of the app's data folder, not in a workspace (it is about this computer's
// disk, and must hold for a workspace that cannot be opened).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RetentionPolicy, retentionPolicy } from '../../../shared/backups/schema';
import { ensureDir } from './store';

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4 };

const policyPath = (dataDir: string) => join(dataDir, 'backups', 'retention.json');

export function readRetention(dataDir: string): RetentionPolicy {
  const path = policyPath(dataDir);
  if (!existsSync(path)) return DEFAULT_RETENTION;
  try {
    return retentionPolicy.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return DEFAULT_RETENTION; // edited by hand into something else: the default, not a failure
  }
}

export function writeRetention(dataDir: string, policy: RetentionPolicy): RetentionPolicy {
  ensureDir(join(dataDir, 'backups'));
  const path = policyPath(dataDir);
  writeFileSync(`${path}.tmp`, JSON.stringify(policy));
  renameSync(`${path}.tmp`, path);
  return policy;
}
