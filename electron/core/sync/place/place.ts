// Where colleagues exchange packets: a folder (USB stick, mapped drive) or a WebDAV address.
// Every computer writes only into its own subfolder, so no file ever has two writers.

export interface SyncPlace {
  /** Names (not paths) of the entries in `dir`, relative to the place's root; [] when absent. */
  list(dir: string): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
  /** Written whole or not at all: a temporary name first, then renamed (MOVE on WebDAV). */
  write(path: string, bytes: Uint8Array): Promise<void>;
  ensureDir(dir: string): Promise<void>;
  /** Whether the place answers now (automatic sync runs only then). */
  reachable(): Promise<boolean>;
}

/** Thrown by a place when it cannot be reached or refuses; `code` says which, for the user's message. */
export class PlaceError extends Error {
  constructor(
    readonly code: 'unreachable' | 'unauthorized' | 'notFound' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'PlaceError';
  }
}
