// One writer per workspace. A lock file beside the workspace (`<file>.lock`) names who has
// it open, on which computer, and is touched every 30 seconds while they do. It works where
// SQLite's own locks do not reach: a second computer opening the same file on a network
// share sees it (SQLite over network file systems may not), and it says *who* has the file,
// which a SQLite lock cannot. Whoever finds a live lock opens the workspace read-only.
//
// A lock is stale — left by a crash — when its holder's heartbeat is older than
// STALE_AFTER_MS, or when it was taken on this computer by a process that no longer runs.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';

export const HEARTBEAT_MS = 30_000;
export const STALE_AFTER_MS = 120_000;

export interface LockOwner {
  user: string;
  computer: string;
}

interface LockFile extends LockOwner {
  app: 'liaison-desk';
  pid: number;
  /** Tells two sessions of one process apart (the tests open a file twice in one process). */
  token: string;
  since: string;
  heartbeat: string;
}

export const lockPathOf = (workspace: string) => `${workspace}.lock`;

export function currentOwner(): LockOwner {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no user database entry (some containers): keep "unknown"
  }
  return { user, computer: hostname() };
}

export type LockResult = { held: WorkspaceLock } | { heldBy: LockOwner };

export class WorkspaceLock {
  private timer: NodeJS.Timeout | null = null;
  private constructor(
    readonly path: string,
    private readonly content: LockFile,
  ) {}

  /** Takes the lock of `workspace`, or says who holds it. Stale locks are taken over. */
  static acquire(workspace: string, owner: LockOwner = currentOwner(), now: () => Date = () => new Date()): LockResult {
    const path = lockPathOf(workspace);
    const at = now().toISOString();
    const content: LockFile = { app: 'liaison-desk', ...owner, pid: process.pid, token: randomBytes(8).toString('hex'), since: at, heartbeat: at };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        try {
          writeSync(fd, JSON.stringify(content));
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        const lock = new WorkspaceLock(path, content);
        lock.startHeartbeat(now);
        return { held: lock };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A medium where no lock file can be made is read-only anyway: nobody can write there.
        if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return { held: new WorkspaceLock(path, { ...content, token: '' }) };
        if (code !== 'EEXIST') throw e;
      }
      const existing = readLock(path);
      if (existing && !isStale(existing, owner, now())) return { heldBy: { user: existing.user, computer: existing.computer } };
      rmSync(path, { force: true }); // stale (or unreadable): take it over
    }
    const existing = readLock(path);
    return { heldBy: existing ? { user: existing.user, computer: existing.computer } : owner };
  }

  private startHeartbeat(now: () => Date): void {
    this.timer = setInterval(() => this.touch(now), HEARTBEAT_MS);
    this.timer.unref();
  }

  private touch(now: () => Date): void {
    const current = readLock(this.path);
    if (!current || current.token !== this.content.token) return; // taken over as stale: not ours any more
    this.content.heartbeat = now().toISOString();
    const temp = `${this.path}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, JSON.stringify(this.content));
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.path);
    } catch {
      rmSync(temp, { force: true }); // the medium went away; the next beat tries again
    }
  }

  /** Gives the lock up (only if it is still ours). */
  release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.content.token) return;
    const current = readLock(this.path);
    if (current?.token === this.content.token) rmSync(this.path, { force: true });
  }
}

function readLock(path: string): LockFile | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as LockFile;
    return parsed.app === 'liaison-desk' ? parsed : null;
  } catch {
    return null;
  }
}

function isStale(lock: LockFile, me: LockOwner, now: Date): boolean {
  const beat = Date.parse(lock.heartbeat);
  if (!Number.isFinite(beat) || now.getTime() - beat > STALE_AFTER_MS) return true;
  return lock.computer === me.computer && !processRuns(lock.pid);
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // runs, as another user
  }
}
