// Where colleagues exchange packets: a folder (USB stick, mapped drive) or a WebDAV address.
// Every computer writes only into its own subfolder, so no file ever has two writers.
import { randomBytes } from 'node:crypto';

export interface SyncPlace {
  /** Names (not paths) of the entries in `dir`, relative to the place's root; [] when absent. */
  list(dir: string): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
  /**
   * Written whole or not at all: a temporary name first, then renamed (MOVE on WebDAV). Never
   * replaces a file: packets are immutable. The same bytes there already is success (a relay
   * or a retry after the connection broke during the rename); other bytes under that name is
   * PlaceError('exists') — the caller picks the next sequence number.
   */
  write(path: string, bytes: Uint8Array): Promise<void>;
  ensureDir(dir: string): Promise<void>;
  /** Whether the place answers now (automatic sync runs only then). */
  reachable(): Promise<boolean>;
}

/** Thrown by a place when it cannot be reached or refuses; `code` says which, for the user's message. */
export class PlaceError extends Error {
  constructor(
    readonly code: 'unreachable' | 'unauthorized' | 'notFound' | 'refused' | 'exists',
    message: string,
  ) {
    super(message);
    this.name = 'PlaceError';
  }
}

/** A write in progress: hidden (leading dot), ours alone (suffix), apart from another write (random part). */
export const tempNameFor = (name: string): string => `.${name}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
const TEMP_SUFFIX = '.sync-part';
const TEMP_NAME = /^\..+\.[0-9a-f]{8}\.sync-part$/su;
/** Entries a list leaves out: writes in progress, or cut off by a crash or a pulled stick. */
export const isTempName = (name: string): boolean => TEMP_NAME.test(name);

/**
 * The segments of a path relative to the place's root ('team/computer/file.pkt'); '' is the
 * root itself. Never '..', '.', an empty segment or a backslash: a path from a colleague's
 * packet must not reach outside the place.
 */
export function placeSegments(path: string): string[] {
  if (path === '') return [];
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[\\\0]/.test(s))) {
    throw new PlaceError('refused', `not a path inside the place: ${path}`);
  }
  return segments;
}
