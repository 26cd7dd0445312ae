// What to tell the user after reading the feed: the plain decisions, with no network and no
// Electron in them. Versions are compared by semver's rules (prerelease included: 1.2.0-beta.1
// comes before 1.2.0 and after 1.1.0) with the `semver` package, the very comparison
// electron-updater makes before it downloads (AppUpdater.isUpdateAvailable: gt, no downgrade),
// so the app never offers a version electron-updater would then refuse, or the other way round.
import { eq, gt, valid } from 'semver';
import type { UpdateCheck } from '../../../shared/updates/schema';
import type { ParsedFeed } from './feed';
import type { FeedFetchFailure } from './fetchFeed';

/** Whether `latest` is newer than `current` (both as semver; an invalid one is never newer). */
export function isNewer(latest: string, current: string): boolean {
  return valid(latest) !== null && valid(current) !== null && gt(latest, current);
}

/** Whether the user skipped exactly this version (a newer one than the skipped one is offered again). */
export function isSkipped(version: string, skipped: string | null): boolean {
  return skipped !== null && valid(skipped) !== null && valid(version) !== null && eq(version, skipped);
}

export interface FeedOutcome {
  /** The feed file's name (latest.yml, latest-linux.yml, …), named in messages for IT staff. */
  file: string;
  /** What the server answered: a parsed feed, or why there was none. */
  read: ParsedFeed | FeedFetchFailure | null;
}

/** The finding shown in Settings › 软件更新 and, when a newer version is there, the notice at start. */
export function decide(current: string, feed: FeedOutcome, skipped: string | null): UpdateCheck {
  const { file, read } = feed;
  if (read === null) return { kind: 'notConfigured' };
  if ('fetchFailed' in read) {
    if (read.reason === 'tooLarge') return { kind: 'damaged', reason: 'tooLarge', file };
    return { kind: 'unreachable', reason: read.reason, file, status: read.status };
  }
  if (!read.ok) return { kind: 'damaged', reason: read.reason, file };
  const { release } = read;
  if (!isNewer(release.version, current)) return { kind: 'upToDate', latest: release.version };
  if (isSkipped(release.version, skipped)) return { kind: 'skipped', release };
  return { kind: 'available', release };
}
