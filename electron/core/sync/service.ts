// Team sync as the user sees it: this computer's name and user, the place, the team (create,
// save its file, join), the sync itself as a job, the cards to resolve and the colleagues.
// The change engine (engine.ts), the run (run.ts) and packets/places (packet.ts, place/*,
// team.ts) do the work; this file checks what the user asked for and says what is missing.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { safeFileName } from '../../../shared/fileNames';
import { ApiFailure, fail } from '../../../shared/result';
import type { Colleague, SyncCard, SyncPlaceInput, SyncResolveInput, SyncResultSummary, SyncStatus } from '../../../shared/sync/schema';
import type { CoreContext, FileFilter } from '../context';
import { type Db, schemaVersion } from '../db/open';
import { saveBytes } from '../files/atomicSave';
import { rememberSavedFile } from '../files/savedFiles';
import { nowIso } from '../ids';
import { type JobContext, jobsOf } from '../jobs/jobs';
import { type CaptureMode, countCards, ensureComputerId, listCards, pendingCount, resolveCard, startCapture, syncState } from './engine';
import { installationId } from './installation';
import { readSyncSettings, type StoredPlace, type SyncSettings, writeSyncSettings } from './localSettings';
import { FolderPlace } from './place/folder';
import { openPlace } from './place/open';
import { PlaceError, type SyncPlace } from './place/place';
import { runSync } from './run';
import { SyncSecrets, webdavPasswordRef } from './secrets';
import { createTeam as makeTeam, readTeamCode, type Team, teamCode, teamFileText } from './team';

const TEAM_FILE_FILTERS: FileFilter[] = [{ name: '团队文件', extensions: ['ldteam'] }];
/** A team file is a code of a few hundred characters; anything much bigger is not one. */
const TEAM_FILE_MAX_BYTES = 20_000;

/** The job running a sync now, per core (one sync at a time, by hand or automatic). */
const runningJobs = new WeakMap<CoreContext, string>();

export function runningSync(ctx: CoreContext): string | null {
  const id = runningJobs.get(ctx);
  if (!id) return null;
  if (jobsOf(ctx).status(id).state === 'running') return id;
  runningJobs.delete(ctx);
  return null;
}

/** This computer's team keys and WebDAV passwords, wrapped by the keystore in the app's data folder. */
const secretsOf = (ctx: CoreContext) => new SyncSecrets(ctx.dataDir, ctx.session.keyring.store);

/** What this workspace's computer id is bound to: this installation and the file's place (a copy elsewhere is another computer). */
const bindingOf = (ctx: CoreContext) => `${installationId(ctx.dataDir)}|${ctx.session.openPath ?? ''}`;

export function syncStatus(ctx: CoreContext): SyncStatus {
  const db = ctx.session.db;
  const s = readSyncSettings(db);
  const running = runningSync(ctx);
  return {
    // The engine keeps it (sync_state) from the moment a team is created or joined.
    computerId: s.team ? syncState(db).computer_id : null,
    computerName: s.computerName,
    userName: s.userName,
    team: s.team,
    place: s.place && describePlace(ctx, s.place),
    // Nothing is captured before a team exists: nothing waits to be sent, no card can exist.
    pending: s.team ? pendingCount(db) : 0,
    openCards: s.team ? countCards(db) : 0,
    lastSync: s.lastSync,
    autoMinutes: s.autoMinutes,
    running: running ? { jobId: running } : null,
  };
}

function describePlace(ctx: CoreContext, place: StoredPlace): SyncStatus['place'] {
  if (place.kind === 'folder') return place;
  const hasPassword = secretsOf(ctx).loadPassword(webdavPasswordRef(place.url, place.username)) !== null;
  return { ...place, hasPassword };
}

export function setIdentity(ctx: CoreContext, input: { computerName: string; userName: string }): SyncStatus {
  writeSyncSettings(ctx.session.db, input);
  return syncStatus(ctx);
}

export async function setPlace(ctx: CoreContext, input: SyncPlaceInput): Promise<SyncStatus> {
  if (input.kind === 'folder') {
    await assertFolder(input.path);
    writeSyncSettings(ctx.session.db, { place: { kind: 'folder', path: input.path } });
  } else {
    if (input.password !== undefined) {
      secretsOf(ctx).savePassword(webdavPasswordRef(input.url, input.username), input.password);
    }
    writeSyncSettings(ctx.session.db, { place: { kind: 'webdav', url: input.url, username: input.username } });
  }
  return syncStatus(ctx);
}

/** The folder dialog's answer becomes the place at once; null when the user cancelled. */
export async function chooseFolder(ctx: CoreContext): Promise<SyncStatus | null> {
  const path = await ctx.dialogs.chooseFolder();
  return path ? setPlace(ctx, { kind: 'folder', path }) : null;
}

async function assertFolder(path: string): Promise<void> {
  const isDir = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) fail('VALIDATION', 'syncFolderMissing', undefined, [{ path: ['path'], key: 'syncFolderMissing' }]);
}

export function setAuto(ctx: CoreContext, autoMinutes: number): SyncStatus {
  writeSyncSettings(ctx.session.db, { autoMinutes });
  return syncStatus(ctx);
}

function requireIdentity(s: SyncSettings): { computerName: string; userName: string } {
  if (!s.computerName || !s.userName) return fail('CONFLICT', 'syncNoIdentity');
  return { computerName: s.computerName, userName: s.userName };
}

/** The team of this workspace with its key from this computer's keystore. */
function requireTeam(ctx: CoreContext, s: SyncSettings): Team {
  if (!s.team) return fail('CONFLICT', 'syncNoTeam');
  // Joined on another computer or as another OS user: the key is not here; joining again brings it.
  return secretsOf(ctx).loadTeam(s.team.id) ?? fail('CONFLICT', 'syncTeamKeyMissing', { team: s.team.name });
}

/**
 * Team created or joined: capture on (the creator's rows become the team's baseline; a joiner
 * takes the team's), its name to the settings, its key to the keystore. The workspace part is
 * one transaction: a refusal (a joiner with records of its own) changes nothing there.
 */
function becomeMember(ctx: CoreContext, team: Team, mode: CaptureMode): void {
  const db = ctx.session.db;
  db.transaction(() => {
    startCapture(db, ensureComputerId(db, bindingOf(ctx)), mode);
    writeSyncSettings(db, { team: { id: team.id, name: team.name } });
  })();
  secretsOf(ctx).saveTeam(team);
}

export async function createTeam(ctx: CoreContext, input: { teamName: string; passphrase: string }): Promise<{ code: string; path: null }> {
  const s = readSyncSettings(ctx.session.db);
  requireIdentity(s);
  if (s.team) fail('CONFLICT', 'syncAlreadyInTeam', { team: s.team.name });
  const team = makeTeam(input.teamName);
  // The code first: a passphrase the code cannot be made with leaves no half-made team.
  const code = await teamCode(team, input.passphrase);
  becomeMember(ctx, team, 'creator');
  return { code, path: null };
}

/** The team file (the same code, in a file to hand over on a USB stick); null when the dialog was cancelled. */
export async function exportTeam(ctx: CoreContext, passphrase: string): Promise<{ code: string; path: string } | null> {
  const team = requireTeam(ctx, readSyncSettings(ctx.session.db));
  const path = await ctx.dialogs.chooseSaveDestination(safeFileName(`团队-${team.name}`, 'ldteam'), TEAM_FILE_FILTERS);
  if (!path) return null;
  const code = await teamCode(team, passphrase);
  await saveBytes(ctx.dataDir, path, teamFileText(code));
  // Not an export of the workspace's records (no log entry), but a file the user may want to find.
  rememberSavedFile(ctx.session, path);
  return { code, path };
}

export async function joinTeam(ctx: CoreContext, input: { code?: string | undefined; passphrase: string }): Promise<SyncStatus | null> {
  const s = readSyncSettings(ctx.session.db);
  requireIdentity(s);
  let text = input.code?.trim();
  if (!text) {
    const path = await ctx.dialogs.chooseFileToOpen(TEAM_FILE_FILTERS);
    if (!path) return null;
    text = await readTeamFile(path);
  }
  // A wrong passphrase or a damaged code is refused on its field (team.ts).
  const team = await readTeamCode(text, input.passphrase);
  if (s.team && s.team.id !== team.id) fail('CONFLICT', 'syncAlreadyInTeam', { team: s.team.name });
  if (s.team) secretsOf(ctx).saveTeam(team); // the same team again: its key back on this computer
  else becomeMember(ctx, team, 'joiner');
  return syncStatus(ctx);
}

async function readTeamFile(path: string): Promise<string> {
  const size = (await stat(path)).size;
  if (size > TEAM_FILE_MAX_BYTES) fail('VALIDATION', 'validation', undefined, [{ path: ['code'], key: 'teamFileDamaged' }]);
  return readFile(path, 'utf8');
}

/** The place Settings stored; a WebDAV address whose password was never given here is said so before trying. */
function placeOf(ctx: CoreContext, place: StoredPlace): SyncPlace {
  if (place.kind === 'webdav' && place.username && secretsOf(ctx).loadPassword(webdavPasswordRef(place.url, place.username)) === null) {
    return fail('CONFLICT', 'syncNoPassword');
  }
  return openPlace(place, secretsOf(ctx));
}

/** Whether the place answers now (automatic sync runs only then); false when none is set or its password is missing. */
export async function placeReachable(ctx: CoreContext): Promise<boolean> {
  const place = readSyncSettings(ctx.session.db).place;
  if (!place) return false;
  try {
    return await placeOf(ctx, place).reachable();
  } catch {
    return false;
  }
}

/** What sync.run needs, or the reason it cannot start (in the user's words). */
function prepareRun(ctx: CoreContext) {
  const db = ctx.session.db;
  const s = readSyncSettings(db);
  const identity = requireIdentity(s);
  const team = requireTeam(ctx, s);
  if (!s.place) return fail('CONFLICT', 'syncNoPlace');
  const computerId = ensureComputerId(db, bindingOf(ctx));
  return {
    ...identity,
    computerId,
    team,
    place: placeOf(ctx, s.place),
    // Every packet this computer made or applied, kept to pass on to another place (run.ts).
    archiveDir: join(ctx.dataDir, 'sync-archive', computerId),
    schemaVersion: schemaVersion(db),
  };
}

/** Starts a sync as a job (or answers with the one already going). */
export function startSync(ctx: CoreContext): { jobId: string } {
  const going = runningSync(ctx);
  if (going) return { jobId: going };
  const prepared = prepareRun(ctx);
  const db = ctx.session.db;
  const jobId = jobsOf(ctx).start('sync', (job) => runJob(db, prepared, job));
  runningJobs.set(ctx, jobId);
  return { jobId };
}

async function runJob(db: Db, prepared: ReturnType<typeof prepareRun>, job: JobContext): Promise<SyncResultSummary> {
  job.progress(0, 0, 'connecting');
  // A turn of the event loop first: calls keep being answered, and a cancel lands before any work.
  await job.checkpoint();
  try {
    if (!(await prepared.place.reachable())) {
      // Why not, in the user's words: a wrong WebDAV password is refused as such by a listing.
      await prepared.place.list('');
      fail('NOT_FOUND', 'syncPlaceUnreachable');
    }
    // The archive is the app's own folder: made here (a folder place never makes its root).
    await mkdir(prepared.archiveDir, { recursive: true });
    const { archiveDir, ...options } = prepared;
    const summary = await runSync(db, {
      ...options,
      archive: new FolderPlace(archiveDir),
      progress: (done, total, stage) => job.progress(done, total, stage),
      signal: job.signal,
    });
    writeSyncSettings(db, { lastSync: { at: nowIso(), ok: true, summary, error: null } });
    return summary;
  } catch (e) {
    const error = syncError(e);
    // Every attempt is remembered (a bug's too, as 'internal'), so automatic sync waits its interval before the next.
    if (!job.signal.aborted) writeSyncSettings(db, { lastSync: { at: nowIso(), ok: false, summary: null, error: error?.error.key ?? 'internal' } });
    throw error ?? e;
  }
}

/** A place's refusal as the user's message; null for what is not the place's (a bug, a cancel). */
function syncError(e: unknown): ApiFailure | null {
  if (e instanceof ApiFailure) return e;
  if (e instanceof PlaceError) {
    const key = { unreachable: 'syncPlaceUnreachable', unauthorized: 'syncWrongPassword', notFound: 'syncPlaceUnreachable', refused: 'syncPlaceRefused', exists: 'syncPlaceRefused' }[e.code];
    return new ApiFailure({ code: e.code === 'unauthorized' ? 'VALIDATION' : 'NOT_FOUND', key });
  }
  return null;
}

export function cards(ctx: CoreContext): SyncCard[] {
  const s = readSyncSettings(ctx.session.db);
  return s.team ? listCards(ctx.session.db) : [];
}

/** A person's choice on a card (the engine checks it against the card: gone, wrong choice, a value the field refuses); the cards still waiting. */
export function resolve(ctx: CoreContext, input: SyncResolveInput): SyncCard[] {
  const db = ctx.session.db;
  resolveCard(db, input);
  return listCards(db);
}

interface PeerRow {
  computer_id: string;
  computer_name: string;
  user_name: string;
  applied_seq: number;
  last_change_at: string | null;
  last_received_at: string | null;
}

/** Each computer of the team as its packets described it, this one first. */
export function colleagues(ctx: CoreContext): Colleague[] {
  const db = ctx.session.db;
  const s = readSyncSettings(db);
  if (!s.team) return [];
  const myId = syncState(db).computer_id;
  const me: Colleague[] = myId
    ? [{ computerId: myId, computerName: s.computerName ?? '', userName: s.userName ?? '', lastChangeAt: null, lastReceivedAt: s.lastSync?.ok ? s.lastSync.at : null, packets: 0, isMe: true }]
    : [];
  const peers = db
    .prepare('SELECT computer_id, computer_name, user_name, applied_seq, last_change_at, last_received_at FROM sync_peers WHERE computer_id IS NOT ? ORDER BY last_received_at DESC, computer_name')
    .all(myId) as PeerRow[];
  return [
    ...me,
    ...peers.map((p) => ({
      computerId: p.computer_id,
      computerName: p.computer_name,
      userName: p.user_name,
      lastChangeAt: p.last_change_at,
      lastReceivedAt: p.last_received_at,
      packets: p.applied_seq,
      isMe: false,
    })),
  ];
}
