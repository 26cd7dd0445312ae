// Reads a feed file (latest.yml, as electron-builder writes it for the generic provider) into
// the release the user is told about, or says why it cannot be used. A feed is damaged when it
// is not a YAML mapping, names no valid version, or lists no file with its sha512: without the
// checksum electron-updater cannot verify the download, and we never offer what it would refuse.
//
//   version: 1.2.0
//   files:
//     - url: 对口支援工作台-Setup-1.2.0.exe
//       sha512: 6Y0w…==
//       size: 98304512
//   path: 对口支援工作台-Setup-1.2.0.exe
//   sha512: 6Y0w…==
//   releaseDate: '2026-11-20T08:00:00.000Z'
//   releaseNotes: 修正了……
import { valid } from 'semver';
import { parseDocument } from 'yaml';
import type { DAMAGED_REASONS, UpdateRelease } from '../../../shared/updates/schema';

export type FeedDamage = (typeof DAMAGED_REASONS)[number];
export type ParsedFeed = { ok: true; release: UpdateRelease } | { ok: false; reason: FeedDamage };

/** Release notes beyond this are cut (they are shown in a settings card, not a document). */
export const MAX_NOTES = 4000;

export function parseFeed(text: string): ParsedFeed {
  let data: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) return { ok: false, reason: 'notYaml' };
    // maxAliasCount: a feed of nested aliases (a "billion laughs") is refused, not expanded.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { ok: false, reason: 'notYaml' };
  }
  // An HTML error page or a login page of the intranet parses as one string: not a feed.
  if (!isRecord(data)) return { ok: false, reason: 'notYaml' };
  if (data.version === undefined || data.version === null || data.version === '') return { ok: false, reason: 'noVersion' };
  if (typeof data.version !== 'string' || valid(data.version.trim()) === null) return { ok: false, reason: 'badVersion' };
  const files = filesOf(data);
  if (files.length === 0) return { ok: false, reason: 'noFiles' };
  return {
    ok: true,
    release: {
      version: data.version.trim(),
      notes: notesOf(data.releaseNotes),
      date: dateOf(data.releaseDate),
      size: files[0]!.size,
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The installable files: `files` as electron-builder writes it, or the older single `path` + `sha512`. */
function filesOf(data: Record<string, unknown>): { url: string; size: number | null }[] {
  const listed = Array.isArray(data.files) ? data.files.filter(isRecord) : [];
  const files = listed
    .filter((f) => nonEmpty(f.url) && nonEmpty(f.sha512))
    .map((f) => ({ url: f.url as string, size: Number.isSafeInteger(f.size) && (f.size as number) >= 0 ? (f.size as number) : null }));
  if (files.length === 0 && nonEmpty(data.path) && nonEmpty(data.sha512)) files.push({ url: data.path, size: null });
  return files;
}

/** Plain text: notes written as HTML lose their tags, control characters go, long notes are cut. */
function notesOf(value: unknown): string | null {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value)) text = value.map((n) => (isRecord(n) && typeof n.note === 'string' ? n.note : '')).filter(Boolean).join('\n\n');
  else return null;
  text = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (text === '') return null;
  return text.length > MAX_NOTES ? `${text.slice(0, MAX_NOTES)}…` : text;
}

/** YAML may give a date as a string or (unquoted, with the core schema off) a Date. */
function dateOf(value: unknown): string | null {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
