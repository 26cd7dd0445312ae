// One sync: send this computer's new changes, take colleagues', relay, report. STUB.
import type { Db } from '../db/open';
import type { SyncResultSummary } from '../../../shared/sync/schema';
import type { SyncPlace } from './place/place';
import type { Team } from './team';

export interface SyncRunOptions {
  place: SyncPlace;
  team: Team;
  computerId: string;
  computerName: string;
  userName: string;
  /** done of total units, with a stage key (i18n sync.stage.*: sending, receiving, applying, relaying). */
  progress?(done: number, total: number, stage: string): void;
  signal?: AbortSignal;
}

export async function runSync(_db: Db, _options: SyncRunOptions): Promise<SyncResultSummary> {
  throw new Error('sync run not yet built');
}
