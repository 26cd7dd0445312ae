// Builds the benchmark workspace: 20,000 companies and 100,000 visits, written through
// the core's own repository functions in one transaction, so the tables, indexes and
// search index are exactly what the app would have written. The file is cached in
// bench/.data/, keyed by the generator version and the schema version. Like every new
// workspace it is encrypted; its key is in the keyring of bench/.data/ (keyring.json and
// the file-backed keystore's key beside it). `plainTwin` decrypts a copy, so the bench can
// measure the same data plain (as a workspace from before encryption) beside it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { ApiFailure } from '../shared/result';
import { companyInput } from '../shared/companies/schema';
import type { CompanyStatus } from '../shared/companies/status';
import { visitInput } from '../shared/visits/schema';
import * as companies from '../electron/core/companies/repository';
import { deleteCompany } from '../electron/core/companies/service';
import { FILE_KEYSTORE_NAME } from '../electron/core/crypto/fileKeyStore';
import { KEYRING_NAME, type Keyring } from '../electron/core/crypto/keyring';
import { applyKey } from '../electron/core/crypto/workspaceKey';
import { LATEST_VERSION } from '../electron/core/db/migrations';
import { closeDb, migrate, openDb } from '../electron/core/db/open';
import { newId, nowIso } from '../electron/core/ids';
import { createStaff } from '../electron/core/staff/service';
import * as visits from '../electron/core/visits/repository';
import { deleteVisit } from '../electron/core/visits/service';
import { WorkspaceSession } from '../electron/core/workspace/session';
import { updateSettings } from '../electron/core/workspace/settings';
import * as text from './text';
import { localSessionOptions } from '../electron/core/workspace/localKeys';

/** Bump when the generated data changes, so a stale cached file is not reused. */
export const GENERATOR_VERSION = 2;

export interface GenerateOptions {
  companies: number;
  visits: number;
  seed: number;
}

export const DEFAULT_SIZE: GenerateOptions = { companies: 20_000, visits: 100_000, seed: 20180917 };

const DATA_DIR = path.join(__dirname, '.data');

/** The keyring that holds the cached workspace's key: in bench/.data/, beside the file. */
export const cacheKeyring = (): Keyring => localSessionOptions(DATA_DIR).keyring;

/** Puts a copy of the cache's keyring (and the key that unwraps it) into `dataDir`, for sessions on a copy of the cached file. */
export function copyCacheKeyring(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  for (const name of [KEYRING_NAME, FILE_KEYSTORE_NAME]) fs.copyFileSync(path.join(DATA_DIR, name), path.join(dataDir, name));
}

export function cachedWorkspacePath(o: GenerateOptions = DEFAULT_SIZE, schema = LATEST_VERSION): string {
  return path.join(DATA_DIR, `workspace-g${GENERATOR_VERSION}-s${schema}-${o.companies}c-${o.visits}v-${o.seed}.sqlite`);
}

/**
 * A cached file of the same data at an older schema version is migrated in place, as the app
 * migrates a user's workspace when it opens it (generating the 500,000-visit workspace again
 * takes minutes). No data folder, so no backup before the migration. Returns how long it took,
 * null when there was nothing to migrate.
 */
function upgradeCached(o: GenerateOptions, log: (s: string) => void): number | null {
  for (let schema = LATEST_VERSION - 1; schema >= 1; schema--) {
    const older = cachedWorkspacePath(o, schema);
    if (!fs.existsSync(older)) continue;
    const file = cachedWorkspacePath(o);
    log(`  migrating the cached ${path.basename(older)} to schema ${LATEST_VERSION} …`);
    const t0 = process.hrtime.bigint();
    const session = new WorkspaceSession(older, { keyring: cacheKeyring() });
    session.close();
    // The key stays found: the keyring knows a file by its salt, not its name.
    for (const s of ['', '-wal', '-shm']) if (fs.existsSync(older + s)) fs.renameSync(older + s, file + s);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return null;
}

const STATUS_WEIGHTS: [CompanyStatus, number][] = [
  ['candidate', 30], ['visited', 30], ['vetting', 10], ['approved', 20], ['conditional', 4], ['rejected', 3], ['suspended', 3],
];

function weighted<T>(r: text.Rng, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[0]![0];
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Returns the path of a ready workspace, generating it first if it is not cached. */
export function ensureWorkspace(o: GenerateOptions = DEFAULT_SIZE, log = console.log): { file: string; generatedMs: number | null } {
  const file = cachedWorkspacePath(o);
  const migratedMs = fs.existsSync(file) ? null : upgradeCached(o, log);
  if (migratedMs !== null) log(`  migrated in ${(migratedMs / 1000).toFixed(1)} s`);
  if (fs.existsSync(file)) {
    const problem = cacheProblem(file);
    if (problem === null) return { file, generatedMs: null };
    log(`  the cached ${path.basename(file)} ${problem}: generating it again`);
    for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + s, { force: true });
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const tmp = `${file}.part`;
  for (const s of ['', '-wal', '-shm']) fs.rmSync(tmp + s, { force: true });
  const t0 = process.hrtime.bigint();
  generate(tmp, o, log);
  fs.renameSync(tmp, file);
  const generatedMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return { file, generatedMs };
}

/**
 * Why the cached file cannot be measured as it is, null when it can. A plain file (cached
 * before workspaces were encrypted) or one whose key is not in the keyring beside it (the
 * keyring was deleted, or the file copied in from elsewhere) is generated again: a fresh
 * one is exactly what the app writes today, which a conversion would only approximate.
 */
function cacheProblem(file: string): string | null {
  try {
    const { db, key } = openDb(file, { keys: cacheKeyring().keysFor(file), readOnly: true });
    const schema = schemaOf(db);
    closeDb(db);
    if (!key) return 'is plain (cached before workspaces were encrypted)';
    // The newest migration may change until it ships: a file migrated by an earlier draft of it
    // has the same version but not the same indexes, triggers or tables.
    const fresh = new Database(':memory:');
    migrate(fresh);
    const expected = schemaOf(fresh);
    fresh.close();
    return schema === expected ? null : 'has another schema than this version of the app makes';
  } catch (e) {
    const why = e instanceof ApiFailure ? e.error.key : String(e);
    return why === 'workspaceNeedsKey' || why === 'workspaceWrongKey' ? 'does not open with a key of the keyring beside it' : `does not open (${why})`;
  }
}

const schemaOf = (db: Database.Database) => JSON.stringify(db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all());

/**
 * A plain copy of the encrypted workspace `encrypted` at `dest`: copied, opened with its key,
 * then `PRAGMA rekey = ''`, which SQLite3MultipleCiphers answers by writing every page back
 * decrypted (in rollback mode, as it needs for a re-key; the cached file is closed in it).
 * Checked: the copy starts with SQLite's plain header, opens without a key and has the same
 * rows. The app opens it as a workspace from before encryption.
 */
export function plainTwin(encrypted: string, keyring: Keyring, dest: string): void {
  const [key] = keyring.keysFor(encrypted);
  if (!key) throw new Error(`no key for ${encrypted} in ${keyring.path}`);
  for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(dest + s, { force: true });
  fs.copyFileSync(encrypted, dest);
  const counts = (db: Database.Database) => JSON.stringify(db.prepare('SELECT (SELECT count(*) FROM companies) AS c, (SELECT count(*) FROM visits) AS v').get());
  const db = new Database(dest, { fileMustExist: true });
  let before: string;
  try {
    applyKey(db, key);
    db.pragma('journal_mode = DELETE');
    before = counts(db);
    db.pragma(`rekey = ''`);
  } finally {
    db.close();
  }
  const head = Buffer.alloc(16);
  const fd = fs.openSync(dest, 'r');
  fs.readSync(fd, head, 0, 16, 0);
  fs.closeSync(fd);
  if (head.toString('latin1') !== 'SQLite format 3\0') throw new Error(`PRAGMA rekey = '' left ${dest} encrypted`);
  const plain = new Database(dest, { readonly: true, fileMustExist: true });
  try {
    const after = counts(plain);
    if (after !== before) throw new Error(`the plain twin has other rows: ${after} instead of ${before}`);
  } finally {
    plain.close();
  }
}

export function generate(file: string, o: GenerateOptions, log = console.log): void {
  const r = text.rng(o.seed);
  // The key goes into the keyring beside the file; no data folder, so no automatic backups
  // (closing after all these changes would otherwise copy the whole file into .data/backups).
  const session = new WorkspaceSession(file, { keyring: localSessionOptions(path.dirname(file)).keyring });
  const db = session.db;
  const towns = db.prepare("SELECT id, name FROM lookups WHERE kind = 'town'").all() as { id: string; name: string }[];
  const industries = db.prepare("SELECT id, name FROM lookups WHERE kind = 'industry'").all() as { id: string; name: string }[];
  const started = Date.now();
  const progress = (what: string, n: number, of: number) => {
    if (n % 5000 === 0 || n === of) log(`  ${what} ${n}/${of} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };

  db.transaction(() => {
    const staff = Array.from({ length: 12 }, () => createStaff(db, { name: text.personName(r), title: r.pick(['科员', '科长', '副科长', '主任']), phone: null }));
    updateSettings(db, { currentStaffId: staff[0]!.id });

    // Companies, with unique names and credit codes as the core's rules require.
    const names = new Set<string>();
    const codes = new Set<string>();
    const companyIds: { id: string; status: CompanyStatus }[] = [];
    for (let i = 0; i < o.companies; i++) {
      let name = text.companyName(r);
      while (names.has(name)) name = text.companyName(r);
      names.add(name);
      let code: string | null = r.chance(0.85) ? text.creditCode(r) : null;
      while (code && codes.has(code)) code = text.creditCode(r);
      if (code) codes.add(code);
      const town = r.pick(towns);
      const status = weighted(r, STATUS_WEIGHTS);
      const values = companyInput.parse({
        name,
        creditCode: code,
        townId: town.id,
        industryId: r.pick(industries).id,
        headcount: r.chance(0.9) ? r.int(20, 3000) : null,
        address: text.address(r, town.name),
        tags: r.some(text.TAGS, r.int(0, 4)),
        status,
        notes: r.chance(0.4) ? `${r.pick(['主要岗位为普工和技工', '可提供夫妻房', '与华亭镇劳动保障服务中心有合作', '曾参加赴楚雄专场招聘', '招聘需求集中在春节后'])}。` : null,
        contacts: Array.from({ length: r.int(1, 3) }, () => ({ name: text.personName(r), role: r.pick(text.ROLES), phone: text.mobile(r) })),
      });
      const id = newId();
      const at = nowIso();
      companies.insertCompany(db, id, values, at);
      companies.replaceContacts(db, id, values.contacts, at);
      companies.reindexCompany(db, id);
      companyIds.push({ id, status });
      progress('companies', i + 1, o.companies);
    }

    // Visits from 2017 to 2024, a few companies visited often, most a handful of times.
    const visitIds: string[] = [];
    const start = Date.UTC(2017, 0, 1);
    const span = Date.UTC(2024, 11, 31) - start;
    for (let i = 0; i < o.visits; i++) {
      const company = r.chance(0.2) ? companyIds[r.int(0, Math.floor(o.companies / 20))]! : r.pick(companyIds);
      const payMin = 100 * r.int(40, 75);
      const payMax = payMin + 100 * r.int(0, 30);
      const dorm = r.chance(0.7);
      const values = visitInput.parse({
        companyId: company.id,
        visitDate: isoDate(new Date(start + r.next() * span)),
        staffIds: r.some(staff, r.int(1, 3)).map((s) => s.id),
        purpose: r.pick(text.PURPOSES),
        ...text.visitTexts(r, { min: payMin, max: payMax }),
        payMin,
        payMax,
        dormProvided: dorm,
        peoplePerRoom: dorm ? r.pick([2, 4, 4, 6, 8]) : null,
        mealsProvided: r.chance(0.8),
        notes: r.chance(0.2) ? '企业希望参加下一次专场招聘会。' : null,
        followUps: Array.from({ length: r.pick([0, 0, 1, 1, 2]) }, () => ({
          what: r.pick(text.FOLLOW_UPS),
          whoStaffId: r.chance(0.5) ? r.pick(staff).id : null,
          dueDate: r.chance(0.8) ? isoDate(new Date(start + r.next() * span)) : null,
          done: r.chance(0.6),
        })),
      });
      const id = newId();
      const at = nowIso();
      visits.insertVisit(db, id, values, staff[0]!.id, at);
      visits.replaceVisitStaff(db, id, values.staffIds);
      visits.replaceFollowUps(db, id, values.followUps, at);
      visits.reindexVisit(db, id);
      visitIds.push(id);
      if (company.status === 'candidate') {
        companies.setCompanyStatus(db, company.id, 'visited', at);
        company.status = 'visited';
      }
      progress('visits', i + 1, o.visits);
    }
    for (const c of companyIds) companies.refreshLastVisit(db, c.id);
    log(`  last visits (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    // A little of everything in the trash, through the services (they keep the search index in step).
    for (const id of r.some(visitIds, Math.floor(o.visits / 100))) deleteVisit(db, id);
    for (const c of r.some(companyIds, Math.floor(o.companies / 200))) deleteCompany(db, c.id);
    log(`  trash (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  })();
  log(`  committed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  session.close();
  log(`  checkpointed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
