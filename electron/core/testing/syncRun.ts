// Test helper (not a test): one real sync (run.ts) of a test computer through a place, with its
// own archive folder beside its workspace, as the service runs it in the app.
import fs from 'node:fs';
import path from 'node:path';
import type { SyncResultSummary } from '../../../shared/sync/schema';
import { LATEST_VERSION } from '../db/migrations';
import { FolderPlace } from '../sync/place/folder';
import type { SyncPlace } from '../sync/place/place';
import { runSync, type SyncRunOptions } from '../sync/run';
import type { Team } from '../sync/team';
import type { Computer } from './syncTeam';

export function syncThrough(c: Computer, team: Team, place: SyncPlace, extra: Partial<SyncRunOptions> = {}): Promise<SyncResultSummary> {
  const archive = path.join(c.ws.dir, 'sync-archive');
  fs.mkdirSync(archive, { recursive: true });
  return runSync(c.db, {
    place,
    archive: new FolderPlace(archive),
    team,
    computerId: c.id,
    computerName: `${c.id} 的电脑`,
    userName: c.id,
    schemaVersion: LATEST_VERSION,
    ...extra,
  });
}
