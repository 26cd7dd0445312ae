// SQLite's own failures as the user should read them. A full disk, a read-only medium, an
// I/O error or another program holding the file are facts about the workspace, not bugs:
// each gets its own WORKSPACE message, and the transaction that met it has been rolled back,
// so nothing acknowledged is lost and the same write works once the cause is gone.
import type { ApiError } from '../../../shared/result';

const sqliteCode = (e: unknown): string | null =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('SQLITE_') ? e.code : null;

/** The WORKSPACE error for a SQLite failure about the file itself, or null for anything else. */
export function workspaceErrorOf(e: unknown): ApiError | null {
  const code = sqliteCode(e);
  if (!code) return null;
  if (code === 'SQLITE_FULL') return { code: 'WORKSPACE', key: 'workspaceDiskFull' };
  if (code.startsWith('SQLITE_READONLY')) return { code: 'WORKSPACE', key: 'workspaceReadOnlyMedium' };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { code: 'WORKSPACE', key: 'workspaceBusy' };
  // ENOSPC sometimes surfaces as a failed write rather than SQLITE_FULL.
  if (code.startsWith('SQLITE_IOERR') && /disk is full|no space/i.test((e as Error).message)) return { code: 'WORKSPACE', key: 'workspaceDiskFull' };
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PROTOCOL') return { code: 'WORKSPACE', key: 'workspaceIoError' };
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return { code: 'WORKSPACE', key: 'workspaceDamaged' };
  return null;
}
