// What 导出诊断信息 puts in its .zip, each part chosen so that nothing personal goes in:
//   versions.json    app, Electron, Chromium, Node, OS
//   workspace.json   schema version (user_version), the integrity check's result, encrypted,
//                    read-only and why — not its path or name (a folder may be a person's)
//   settings.json    an allowlist: language, update address, the vetting rules, the unit name,
//                    backup retention, sync's kind of place and interval — no staff, no sync
//                    user or computer names, no WebDAV address or user
//   logs/last-1000.log  the newest lines of the log (already redacted when written)
//   crash-dumps/…    Electron's local crash dumps (Crashpad's *.dmp), newest first, capped
import fs from 'node:fs';
import path from 'node:path';
import { readAppSettings } from '../appSettings/appSettings';
import { readRetention } from '../backups/policy';
import type { CoreContext } from '../context';
import { lastLines, logsDirOf } from '../logs/logFiles';
import { readSyncSettings } from '../sync/localSettings';
import { getSettings } from '../workspace/settings';
import { versionsOf } from './versions';

export const LOG_LINES = 1000;
/** Dumps are a few hundred KB each; a folder of old ones should not make a file nobody can mail. */
export const MAX_DUMP_BYTES = 50 * 1024 * 1024;

/** The entries of the .zip: name → content. */
export function diagnosticsEntries(ctx: CoreContext, now: Date): Record<string, Uint8Array> {
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  const entries: Record<string, Uint8Array> = {
    'versions.json': json({ ...versionsOf(ctx), exportedAt: now.toISOString() }),
    'workspace.json': json(orFailure(() => workspaceFacts(ctx))),
    'settings.json': json(orFailure(() => settingsWithoutPeople(ctx))),
    'logs/last-1000.log': new TextEncoder().encode(lastLines(logsDirOf(ctx.dataDir), LOG_LINES).map((l) => `${l}\n`).join('')),
  };
  for (const dump of crashDumps(ctx.host?.crashDumpsDir)) entries[`crash-dumps/${dump.name}`] = fs.readFileSync(dump.file);
  return entries;
}

/** A part that cannot be read (a damaged file, say) says why by code, and the rest is still exported. */
function orFailure(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    return { unreadable: e instanceof Error ? ((e as { code?: string }).code ?? e.name) : 'unknown' };
  }
}

function workspaceFacts(ctx: CoreContext) {
  const { session } = ctx;
  if (!session.openPath) return { open: false };
  const info = session.info();
  return {
    open: true,
    schemaVersion: info.schemaVersion,
    integrity: session.integrity(),
    encrypted: info.encrypted,
    readOnly: info.readOnly,
    readOnlyReason: info.readOnlyReason,
  };
}

function settingsWithoutPeople(ctx: CoreContext) {
  const app = readAppSettings(ctx.dataDir);
  const out: Record<string, unknown> = {
    language: app.language,
    updateFeedUrl: withoutCredentials(app.updateFeedUrl),
    skippedVersion: app.skippedVersion,
    backupRetention: readRetention(ctx.dataDir),
  };
  if (!ctx.session.openPath) return out;
  const s = getSettings(ctx.session.db);
  Object.assign(out, {
    minimumWage: s.minimumWage,
    vettingValidityMonths: s.vettingValidityMonths,
    verdictThresholds: s.verdictThresholds,
    unitName: s.unitName,
    hasLogo: s.hasLogo,
  });
  const sync = readSyncSettings(ctx.session.db);
  out.sync = { inTeam: sync.team !== null, place: sync.place?.kind ?? null, autoMinutes: sync.autoMinutes };
  return out;
}

/** An address as IT staff may have typed it (http://user:secret@host/…), without the user and password. */
function withoutCredentials(address: string | null): string | null {
  if (!address || !URL.canParse(address)) return address;
  const url = new URL(address);
  url.username = '';
  url.password = '';
  return url.toString();
}

/** Crashpad's dump files under the folder (its `completed`, `pending`, … subfolders), newest first, within MAX_DUMP_BYTES. */
function crashDumps(dir: string | undefined): { name: string; file: string }[] {
  if (!dir) return [];
  let found: { name: string; file: string; size: number; mtime: number }[];
  try {
    found = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.dmp'))
      .map((d) => {
        const file = path.join(d.parentPath, d.name);
        const stat = fs.statSync(file);
        return { name: path.relative(dir, file).split(path.sep).join('/'), file, size: stat.size, mtime: stat.mtimeMs };
      });
  } catch {
    return [];
  }
  found.sort((a, b) => b.mtime - a.mtime);
  const kept = [];
  let total = 0;
  for (const d of found) {
    if (total + d.size > MAX_DUMP_BYTES) break;
    total += d.size;
    kept.push(d);
  }
  return kept;
}
