// Test helper (not a test): a real workspace file in a temp folder, the real invoker
// in front of it, and a staff member chosen as the current user, so each test reads
// like what a user does: "create a company", "log a visit", "look in the trash".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/channels';
import { creditCodeCheckChar } from '../../../shared/creditCode';
import type { ApiError, Result } from '../../../shared/result';
import type { Company, CompanyInput, CompanyUpdateInput } from '../../../shared/companies/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import type { Visit, VisitInput } from '../../../shared/visits/schema';
import { type CoreContext, createInvoker, type FileDialogs } from '../index';
import { WorkspaceSession } from '../workspace/session';
import { localSessionOptions } from '../workspace/localKeys';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../crypto/workspaceKey';

export type Invoke = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** File dialogs that answer with whatever the test put in `next…`. */
export class TestDialogs implements FileDialogs {
  nextNew: string | null = null;
  nextOpen: string | null = null;
  nextCopy: string | null = null;
  nextPdf: string | null = null;
  chooseNewWorkspace = async () => this.nextNew;
  chooseWorkspaceToOpen = async () => this.nextOpen;
  chooseCopyDestination = async () => this.nextCopy;
  choosePdfDestination = async () => this.nextPdf;
  /** Export destinations and files to import; each answer is used once. */
  nextSave: string | null = null;
  nextFile: string | null = null;
  /** The name the last save dialog suggested. */
  suggestedName: string | null = null;
  chooseSaveDestination = async (suggestedName: string) => {
    this.suggestedName = suggestedName;
    const path = this.nextSave;
    this.nextSave = null;
    return path;
  };
  chooseFileToOpen = async () => {
    const path = this.nextFile;
    this.nextFile = null;
    return path;
  };
  /** Team sync's folder; used once. */
  nextFolder: string | null = null;
  chooseFolder = async () => {
    const path = this.nextFolder;
    this.nextFolder = null;
    return path;
  };
}

export interface RowCounts {
  companies: number;
  contacts: number;
  visits: number;
  visit_staff: number;
  follow_ups: number;
  audit: number;
  staff: number;
  lookups: number;
  settings: number;
  vetting_templates: number;
  vetting_template_versions: number;
  vettings: number;
  vetting_answers: number;
  vetting_photos: number;
  vetting_actions: number;
}

/** Tables whose counts tell whether a refused call changed anything. */
const COUNTED: (keyof RowCounts)[] = [
  'companies', 'contacts', 'visits', 'visit_staff', 'follow_ups', 'audit', 'staff', 'lookups', 'settings',
  'vetting_templates', 'vetting_template_versions', 'vettings', 'vetting_answers', 'vetting_photos', 'vetting_actions',
];

export class TestWorkspace {
  readonly dialogs = new TestDialogs();
  readonly invoke: Invoke;
  /** The context the handlers get (e.g. for jobsOf(ws.context)). */
  readonly context: CoreContext;
  /** The staff member set as "who am I" (settings.currentStaffId). */
  me!: StaffMember;
  private readonly townIds = new Map<string, string>();
  private readonly industryIds = new Map<string, string>();

  constructor(
    readonly dir: string,
    readonly file: string,
    readonly session: WorkspaceSession,
  ) {
    this.context = { session, dataDir: dir, dialogs: this.dialogs };
    this.invoke = createInvoker(this.context, { checkOutputs: true, logError: (c, e) => console.error(`[${c}]`, e) });
  }

  get db() {
    return this.session.db;
  }

  /** Calls a channel and returns its value; a refusal fails the test with the error it carried. */
  async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await this.invoke(channel, input);
    if (!r.ok) throw new Error(`${channel} was refused: ${JSON.stringify(r.error)}`);
    return r.value as ChannelOutput<C>;
  }

  /** Calls a channel that is expected to be refused and returns the error. */
  async refused(channel: string, input: unknown): Promise<ApiError> {
    const r = await this.invoke(channel, input);
    if (r.ok) throw new Error(`${channel} was accepted but should have been refused: ${JSON.stringify(r.value)}`);
    return r.error;
  }

  townId(name: string): string {
    const id = this.townIds.get(name);
    if (!id) throw new Error(`no town ${name}`);
    return id;
  }

  industryId(name: string): string {
    const id = this.industryIds.get(name);
    if (!id) throw new Error(`no industry ${name}`);
    return id;
  }

  async loadLookups(): Promise<void> {
    for (const t of await this.call('lookups.list', { kind: 'town' })) this.townIds.set(t.name, t.id);
    for (const i of await this.call('lookups.list', { kind: 'industry' })) this.industryIds.set(i.name, i.id);
  }

  /** Row counts of every table a write could touch, the audit trail included. */
  counts(): RowCounts {
    const out = {} as RowCounts;
    for (const t of COUNTED) out[t] = (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return out;
  }

  count(sql: string, ...params: unknown[]): number {
    return (this.db.prepare(sql).get(...params) as { n: number }).n;
  }

  /** Ids of the partner region list by name: prefectures (楚雄州) and counties (德钦县) alike. */
  async regionIds(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const p of await this.call('regions.list', {})) {
      ids.set(p.name, p.id);
      for (const c of p.counties) ids.set(c.name, c.id);
    }
    return ids;
  }

  async createCompany(overrides: Partial<CompanyInput> = {}) {
    return this.call('companies.create', { ...sampleCompany(), ...overrides });
  }

  async createVisit(companyId: string, overrides: Partial<VisitInput> = {}) {
    return this.call('visits.create', { ...sampleVisit(companyId, [this.me.id]), ...overrides });
  }

  /** Saves a company the way the edit form does: the whole record with some fields changed. */
  async updateCompany(company: Company, changes: Partial<CompanyInput> = {}) {
    return this.call('companies.update', { ...companyAsInput(company), ...changes });
  }

  dispose(): void {
    this.session.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The workspace file opened directly with the driver, as another program holding the key
 * would: for tests that damage, age or inspect a file behind the app's back. The key comes
 * from the keyring of `dataDir`; a plain (older) file opens without one.
 */
export function rawDb(file: string, dataDir: string, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  const [key] = localSessionOptions(dataDir).keyring.keysFor(file);
  if (key) applyKey(db, key);
  return db;
}

/** The keyring the tests' sessions in `dataDir` use. */
export const keyringIn = (dataDir: string) => localSessionOptions(dataDir).keyring;

export const tempDir = (prefix = 'liaison-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** A new workspace file with one staff member, 王建国, chosen as the current user. */
export async function createTestWorkspace(): Promise<TestWorkspace> {
  const dir = tempDir();
  const file = path.join(dir, '嘉定对口支援.sqlite');
  const ws = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir)));
  ws.me = await ws.call('staff.create', { name: '王建国', title: '科长', phone: '021-69989000' });
  await ws.call('settings.update', { currentStaffId: ws.me.id });
  await ws.loadLookups();
  return ws;
}

/** A valid 统一社会信用代码 (GB 32100) for a Shanghai company, different for every `n`. */
export function creditCodeFor(n: number): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let org = '';
  let x = n + 1_000_003;
  for (let i = 0; i < 9; i++) {
    org = alphabet[x % 31]! + org;
    x = Math.floor(x / 31);
  }
  const first17 = `91310114${org}`;
  return first17 + creditCodeCheckChar(first17)!;
}

export function sampleCompany(): CompanyInput {
  return {
    name: '上海沪工阀门厂（集团）有限公司',
    creditCode: null,
    address: '嘉定区华亭镇华亭东路188号',
    headcount: 850,
    tags: ['食宿齐全'],
    notes: '生产阀门，车间整洁，员工宿舍在厂区内。',
    contacts: [{ name: '陈美华', role: '人事经理', phone: '13816012345' }],
  };
}

export function sampleVisit(companyId: string, staffIds: string[]): VisitInput {
  return {
    companyId,
    visitDate: '2018-09-10',
    staffIds,
    purpose: '赴德钦专场招聘前走访',
    business: '订单饱满，计划扩产，需普工40人、技工10人。',
    environment: '车间通风良好，有空调，噪音较小。',
    wages: '普工月薪5500-6500元，缴纳五险一金。',
    lodging: '提供四人间宿舍，食堂一日三餐免费。',
    payMin: 5500,
    payMax: 6500,
    dormProvided: true,
    peoplePerRoom: 4,
    mealsProvided: true,
  };
}

/** What the edit form sends back for a company it loaded. */
export function companyAsInput(c: Company): CompanyUpdateInput {
  return {
    id: c.id,
    name: c.name,
    creditCode: c.creditCode,
    townId: c.townId,
    industryId: c.industryId,
    headcount: c.headcount,
    address: c.address,
    tags: c.tags,
    status: c.status,
    notes: c.notes,
    contacts: c.contacts.map((k) => ({ id: k.id, name: k.name, role: k.role, phone: k.phone, note: k.note })),
  };
}

/** What the edit form sends back for a visit it loaded. */
export function visitAsInput(v: Visit): VisitInput {
  return {
    companyId: v.companyId,
    visitDate: v.visitDate,
    staffIds: v.staff.map((s) => s.id),
    purpose: v.purpose,
    business: v.business,
    environment: v.environment,
    wages: v.wages,
    lodging: v.lodging,
    payMin: v.payMin,
    payMax: v.payMax,
    dormProvided: v.dormProvided,
    peoplePerRoom: v.peoplePerRoom,
    mealsProvided: v.mealsProvided,
    notes: v.notes,
    followUps: v.followUps.map((f) => ({ id: f.id, what: f.what, whoStaffId: f.whoStaffId, dueDate: f.dueDate, done: f.done })),
  };
}

/** Today and other days as YYYY-MM-DD in UTC, the calendar the schema checks "in the future" against. */
export function isoDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
