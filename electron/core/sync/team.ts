// A team: its identity and the key its packets are encrypted with, and the team code that
// carries both to a colleague, protected by a passphrase the first one tells the others.
//
// Team code = base64url of
//   "LDT1" · scrypt log2(N), r, p (1 byte each) · salt (16) · iv (12) · AES-256-GCM ciphertext
//   of JSON {teamId, name, key (base64)} · tag (16) · first 4 bytes of sha256 of all before.
// The additional authenticated data is everything before the ciphertext, so the scrypt
// parameters cannot be weakened unnoticed. The trailing check tells a code damaged in copying
// (a character lost or changed) from a wrong passphrase, which GCM alone cannot: both fail
// authentication. A team file is the same code under a header line.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { ApiFailure } from '../../../shared/result';
import { newId } from '../ids';
import { isSyncId } from './packet';

export interface Team {
  id: string;
  name: string;
  /** 32 bytes; never stored in the workspace file or a packet. */
  key: Uint8Array;
}

const MAGIC = Buffer.from('LDT1', 'latin1');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CHECK_BYTES = 4;
const PARAMS_BYTES = 3;
const HEAD_BYTES = MAGIC.length + PARAMS_BYTES + SALT_BYTES + IV_BYTES;

/**
 * N = 2^15, r = 8: 32 MiB and about a tenth of a second per try on a bureau laptop: a code
 * that leaks (a team file left on a shared drive) costs a guesser that per passphrase.
 */
const WRITE_PARAMS = { logN: 15, r: 8, p: 1 };
/** Refused above these when reading, so a crafted code cannot make us spend gigabytes. */
const MAX_PARAMS = { logN: 20, r: 16, p: 4 };

/** The first line of a team file; lines starting with '#' are skipped when a code is read. */
export const TEAM_FILE_HEADER = '# 对口支援工作台 团队文件 · Liaison Desk team file (v1) — 用团队口令加入 / join with the team passphrase';

export function createTeam(name: string): Team {
  return { id: newId(), name, key: new Uint8Array(randomBytes(32)) };
}

function scrypt(passphrase: string, salt: Buffer, params: { logN: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** params.logN, r: params.r, p: params.p, maxmem: 256 * 2 ** params.logN * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const check = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest().subarray(0, CHECK_BYTES);

/** The team's identity and key, sealed with `passphrase`, as text to paste or put in a team file. */
export async function teamCode(team: Team, passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const head = Buffer.concat([MAGIC, Buffer.from([WRITE_PARAMS.logN, WRITE_PARAMS.r, WRITE_PARAMS.p]), salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', await scrypt(passphrase, salt, WRITE_PARAMS), iv);
  cipher.setAAD(head);
  const sealed = Buffer.concat([head, cipher.update(teamToJson(team), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([sealed, check(sealed)]).toString('base64url');
}

export const teamFileText = (code: string): string => `${TEAM_FILE_HEADER}\n${code}\n`;

/** Why a team code could not be read; each names the field to correct. */
export type TeamCodeProblem = 'teamCodeUnknown' | 'teamCodeDamaged' | 'teamWrongPassphrase';

const problem = (key: TeamCodeProblem): ApiFailure =>
  new ApiFailure({ code: 'VALIDATION', key: 'validation', issues: [{ path: [key === 'teamWrongPassphrase' ? 'passphrase' : 'code'], key }] });

/**
 * The team in a code, or in a team file's text (header lines skipped, line breaks and spaces a
 * mail program added ignored). Throws a VALIDATION failure on `code` (not a team code; damaged)
 * or on `passphrase` (wrong), which the join screen shows next to that field.
 */
export async function readTeamCode(text: string, passphrase: string): Promise<Team> {
  const code = text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('')
    .replace(/\s+/g, '');
  if (!/^[A-Za-z0-9_-]+$/.test(code)) throw problem('teamCodeUnknown');
  const bytes = Buffer.from(code, 'base64url');
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw problem('teamCodeUnknown');
  if (bytes.length < HEAD_BYTES + TAG_BYTES + CHECK_BYTES) throw problem('teamCodeDamaged');
  const sealed = bytes.subarray(0, bytes.length - CHECK_BYTES);
  if (!check(sealed).equals(bytes.subarray(bytes.length - CHECK_BYTES))) throw problem('teamCodeDamaged');

  const [logN, r, p] = [sealed[MAGIC.length]!, sealed[MAGIC.length + 1]!, sealed[MAGIC.length + 2]!];
  if (logN < 10 || logN > MAX_PARAMS.logN || r < 1 || r > MAX_PARAMS.r || p < 1 || p > MAX_PARAMS.p) throw problem('teamCodeDamaged');
  const salt = sealed.subarray(MAGIC.length + PARAMS_BYTES, MAGIC.length + PARAMS_BYTES + SALT_BYTES);
  const iv = sealed.subarray(HEAD_BYTES - IV_BYTES, HEAD_BYTES);
  const key = await scrypt(passphrase, salt, { logN, r, p });
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(sealed.subarray(0, HEAD_BYTES));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(sealed.subarray(HEAD_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    // The check above says the code arrived whole, so the passphrase is what does not fit.
    throw problem('teamWrongPassphrase');
  }
  const team = teamFromJson(plain);
  if (!team) throw problem('teamCodeDamaged');
  return team;
}

/** A team from its JSON form ({teamId, name, key base64}); null when it is not one. */
export function teamFromJson(json: string): Team | null {
  try {
    const o = JSON.parse(json) as { teamId?: unknown; name?: unknown; key?: unknown };
    if (typeof o.teamId !== 'string' || !isSyncId(o.teamId) || typeof o.name !== 'string' || typeof o.key !== 'string') return null;
    const key = Buffer.from(o.key, 'base64');
    return key.length === 32 ? { id: o.teamId, name: o.name, key: new Uint8Array(key) } : null;
  } catch {
    return null;
  }
}

export const teamToJson = (team: Team): string =>
  JSON.stringify({ teamId: team.id, name: team.name, key: Buffer.from(team.key).toString('base64') });
