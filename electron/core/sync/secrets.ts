// What team sync keeps on this computer and nowhere else: each team's key (by team id) and
// the WebDAV passwords (by address and user name). Kept in the app's data folder as blobs
// wrapped by the KeyStore (the operating system's keystore in the app), never in the workspace
// file, which travels, and never in a packet.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFileSync } from '../files/privateFile';
import type { KeyStore } from '../crypto/keystore';
import { type Team, teamFromJson, teamToJson } from './team';

export const SYNC_SECRETS_NAME = 'sync-secrets.json';

interface SecretsFile {
  version: 1;
  /** team id → wrapped team JSON ({teamId, name, key}). */
  teams: Record<string, string>;
  /** webdavPasswordRef(url, user) → wrapped password. */
  passwords: Record<string, string>;
}

/** Which stored password goes with a WebDAV address and user name. */
export const webdavPasswordRef = (url: string, username: string): string => `${username}@${url}`;

export class SyncSecrets {
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly store: KeyStore,
  ) {
    this.path = join(dataDir, SYNC_SECRETS_NAME);
  }

  saveTeam(team: Team): void {
    const file = this.read();
    file.teams[team.id] = this.store.wrap(teamToJson(team)).toString('base64');
    this.write(file);
  }

  /** The team with this id, or null when this computer never joined it (or another OS user's keystore wrapped it). */
  loadTeam(teamId: string): Team | null {
    const wrapped = this.read().teams[teamId];
    const json = wrapped === undefined ? null : this.unwrap(wrapped);
    const team = json === null ? null : teamFromJson(json);
    return team && team.id === teamId ? team : null;
  }

  savePassword(ref: string, password: string): void {
    const file = this.read();
    file.passwords[ref] = this.store.wrap(password).toString('base64');
    this.write(file);
  }

  loadPassword(ref: string): string | null {
    const wrapped = this.read().passwords[ref];
    return wrapped === undefined ? null : this.unwrap(wrapped);
  }

  private unwrap(wrapped: string): string | null {
    try {
      return this.store.unwrap(Buffer.from(wrapped, 'base64'));
    } catch {
      return null; // wrapped by another keystore: not ours to use
    }
  }

  private read(): SecretsFile {
    const empty = (): SecretsFile => ({ version: 1, teams: {}, passwords: {} });
    if (!existsSync(this.path)) return empty();
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as SecretsFile;
      if (parsed.version === 1 && parsed.teams && parsed.passwords) return parsed;
    } catch {
      // unreadable: set aside below
    }
    // Kept aside, never overwritten: a later version's or a damaged file may still hold a team key someone needs.
    renameSync(this.path, `${this.path}.broken-${Date.now()}`);
    return empty();
  }

  /** Whole or not at all (files/privateFile.ts): a crash never loses a team key. */
  private write(file: SecretsFile): void {
    writePrivateFileSync(this.path, JSON.stringify(file, null, 1));
  }
}
