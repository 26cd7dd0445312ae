// Test and bench helper (not a test): random offline edits of one computer, the way the staff
// make them, through the real channels only (so validation and the audit trail happen as in
// the app). Every kind of record the issue lists is created, edited and deleted; on top, the
// collisions team sync must handle: the same record edited in different fields or the same
// field on two computers, an edit against a delete (trash, purge), and the same company
// created on two computers (same credit code or same name). Each op picks records that exist
// in *this* workspace, so three copies of one workspace drift apart realistically.
//
// With `log`, every edit's writes are read back from the synced tables (a before/after diff
// of syncCompare's snapshot), so the convergence test can check that no edit was lost.
import { templateItems } from '../../../shared/vetting/template';
import { passingAnswer } from '../../../shared/vetting/passingAnswer';
import type { Vetting } from '../../../shared/vetting/schema';
import type { Company } from '../../../shared/companies/schema';
import type { Visit } from '../../../shared/visits/schema';
import type { Db } from '../db/open';
import { jpegImage, pngImage } from './images';
import type { Rng } from './syncRandom';
import { type Cell, type ComparedTable, comparedTables, compareSnapshots, snapshot } from './syncCompare';
import { type Invoke, companyAsInput, creditCodeFor, visitAsInput } from './workspace';

/** What the workload needs of a workspace: TestWorkspace fits. */
export interface EditableWorkspace {
  invoke: Invoke;
  db: Db;
  me: { id: string };
}

/** One value an edit left in the synced tables; `value` undefined: the row was removed. */
export interface LoggedWrite {
  table: string;
  pk: Cell[];
  column: string;
  value: Cell | undefined;
}

export interface LoggedEdit {
  /** The computer's label (A, B, C) and the edit's place in its sequence. */
  computer: string;
  step: number;
  /** The op, e.g. 'company.update' or 'collide.sameField'. */
  op: string;
  writes: LoggedWrite[];
}

/**
 * What the computers of one seed share, so their independent edits collide: the records they
 * all aim at and the twin company they all may create. Chosen once per seed from the template.
 */
export interface CollisionPlan {
  companyId: string;
  visitId: string | null;
  tripId: string | null;
  /** The company created on several computers: same name, or same credit code. */
  twinName: string;
  twinCreditCode: string;
  /** A town and a job type that may be added to the lists on several computers. */
  twinTown: string;
  twinJobType: string;
}

export interface WorkloadOptions {
  computer: string;
  edits: number;
  plan: CollisionPlan;
  /** Read back each edit's writes (small workspaces only: a snapshot per edit). */
  log?: boolean;
}

type Op = (w: Ctx) => Promise<void>;

/** A refusal the app shows the user (a rule of the data) is fine; INTERNAL or a throw is a bug. */
class Refused extends Error {}

class Ctx {
  /** Each refusal, for the workload's own test: a refusal caused by the workload's input is its bug. */
  readonly refusals: string[] = [];

  constructor(
    readonly ws: EditableWorkspace,
    readonly rng: Rng,
    readonly plan: CollisionPlan,
  ) {}

  async call<T = unknown>(channel: string, input: unknown): Promise<T> {
    const r = await this.ws.invoke(channel, input);
    if (r.ok) return r.value as T;
    if (r.error.code === 'INTERNAL') throw new Error(`${channel} failed INTERNAL: ${JSON.stringify(r.error)}`);
    const why = `${channel}: ${r.error.code} ${JSON.stringify(r.error).slice(0, 200)}`;
    this.refusals.push(why);
    throw new Refused(why);
  }

  ids(sql: string, ...params: unknown[]): string[] {
    return this.ws.db.prepare(sql).pluck().all(...params) as string[];
  }

  /** A random existing id, or null. */
  any(sql: string, ...params: unknown[]): string | null {
    const ids = this.ids(sql, ...params);
    return ids.length ? this.rng.pick(ids) : null;
  }

  company = () => this.any(`SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY id`);
  visit = () => this.any(`SELECT v.id FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY v.id`);
  trip = () => this.any(`SELECT id FROM trips WHERE deleted_at IS NULL ORDER BY id`);
  staff = () => this.ids(`SELECT id FROM staff WHERE deleted_at IS NULL ORDER BY id`);

  word(): string {
    return this.rng.pick(['整洁', '扩产', '招工', '宿舍', '食堂', '加班', '培训', '订单', '社保', '通勤']) + this.rng.int(1000);
  }

  day(): string {
    return `2025-${String(this.rng.between(1, 12)).padStart(2, '0')}-${String(this.rng.between(1, 28)).padStart(2, '0')}`;
  }
}

const today = () => new Date().toISOString().slice(0, 10);

// ── Companies and contacts ───────────────────────────────────────────────────

const createCompany: Op = async (w) => {
  const n = w.rng.int(1_000_000);
  await w.call('companies.create', {
    name: `嘉定${w.word()}制造有限公司${n}`,
    creditCode: w.rng.chance(0.5) ? creditCodeFor(n) : null,
    headcount: w.rng.between(10, 2000),
    address: `嘉定区${w.word()}路${w.rng.between(1, 999)}号`,
    tags: w.rng.chance(0.5) ? ['食宿齐全'] : [],
    notes: w.rng.chance(0.5) ? `备注${w.word()}` : null,
    contacts: w.rng.chance(0.7) ? [{ name: '陈美华', role: '人事经理', phone: '13816012345' }] : [],
  });
};

/** Changes one or two fields of a company, or its contacts, the way the edit form saves. */
async function editCompany(w: Ctx, id: string, fields = w.rng.between(1, 2)): Promise<void> {
  const c = await w.call<Company>('companies.get', { id });
  const input = companyAsInput(c);
  for (let i = 0; i < fields; i++) {
    switch (w.rng.int(6)) {
      case 0: input.headcount = w.rng.between(10, 5000); break;
      case 1: input.address = `嘉定区${w.word()}路${w.rng.between(1, 999)}号`; break;
      case 2: input.notes = `走访记录：${w.word()}`; break;
      case 3: input.tags = w.rng.chance(0.5) ? ['食宿齐全', w.word()] : []; break;
      case 4: {
        const contacts = input.contacts ?? [];
        const k = w.rng.int(3);
        if (k === 0 || contacts.length === 0) contacts.push({ name: '李晓梅', role: '行政', phone: `138${String(w.rng.int(1e8)).padStart(8, '0')}` });
        else if (k === 1) contacts[w.rng.int(contacts.length)]!.role = `主管${w.rng.int(100)}`;
        else contacts.splice(w.rng.int(contacts.length), 1);
        input.contacts = contacts;
        break;
      }
      default: input.name = `${c.name.replace(/（.*$/, '')}（${w.word()}）`;
    }
  }
  await w.call('companies.update', input);
}

const updateCompany: Op = async (w) => {
  const id = w.company();
  if (id) await editCompany(w, id);
  else await createCompany(w);
};

const deleteCompany: Op = async (w) => {
  const id = w.company();
  if (id) await w.call('companies.delete', { id });
};

// ── Visits and follow-ups ────────────────────────────────────────────────────

const createVisit: Op = async (w) => {
  const companyId = w.company();
  if (!companyId) return createCompany(w);
  const staff = w.staff();
  await w.call('visits.create', {
    companyId,
    visitDate: w.day(),
    staffIds: w.rng.shuffle([...staff]).slice(0, w.rng.between(1, Math.min(3, staff.length))),
    purpose: `走访${w.word()}`,
    business: `订单${w.word()}`,
    wages: w.rng.chance(0.5) ? `月薪${w.rng.between(4000, 8000)}元` : null,
    payMin: 5000,
    payMax: w.rng.between(5000, 9000),
    dormProvided: true,
    peoplePerRoom: w.rng.between(2, 8),
    followUps: Array.from({ length: w.rng.int(3) }, () => ({ what: `跟进${w.word()}`, whoStaffId: w.rng.pick(staff), dueDate: w.day() })),
  });
};

async function editVisit(w: Ctx, id: string): Promise<void> {
  const v = await w.call<Visit>('visits.get', { id });
  const input = visitAsInput(v);
  switch (w.rng.int(5)) {
    case 0: input.purpose = `复访${w.word()}`; break;
    case 1: input.wages = `月薪${w.rng.between(4000, 8000)}元`; break;
    case 2: input.notes = `备注${w.word()}`; break;
    case 3: input.followUps = [...(input.followUps ?? []), { what: `跟进${w.word()}`, whoStaffId: w.ws.me.id, dueDate: w.day(), done: false }]; break;
    default: {
      const f = input.followUps ?? [];
      if (f.length) f[w.rng.int(f.length)]!.what = `改为${w.word()}`;
      else input.business = `订单${w.word()}`;
    }
  }
  await w.call('visits.update', { id, visit: input });
}

const updateVisit: Op = async (w) => {
  const id = w.visit();
  if (id) await editVisit(w, id);
  else await createVisit(w);
};

const deleteVisit: Op = async (w) => {
  const id = w.visit();
  if (id) await w.call('visits.delete', { id });
};

const followUpDone: Op = async (w) => {
  const id = w.any(`SELECT f.id FROM follow_ups f JOIN visits v ON v.id = f.visit_id WHERE v.deleted_at IS NULL ORDER BY f.id`);
  if (id) await w.call('followUps.setDone', { id, done: w.rng.chance(0.7) });
};

// ── Vetting: answers and photos ──────────────────────────────────────────────

/** A small real image, the same bytes for the same seed. */
const tinyPhoto = (w: Ctx) => pngImage(w.rng.between(8, 40), w.rng.between(8, 40), { noise: false }).toString('base64');

async function answerSome(w: Ctx, v: Vetting, count: number, photo: () => string): Promise<void> {
  const items = templateItems(v.template).filter((i) => v.score.items.find((s) => s.key === i.key)?.visible);
  for (let k = 0; k < count && items.length; k++) {
    const item = w.rng.pick(items);
    const value = passingAnswer(item, v);
    if (value === null) await w.call('vettings.attachPhoto', { vettingId: v.id, itemKey: item.key, data: photo(), caption: w.rng.chance(0.5) ? `照片${w.word()}` : null });
    else {
      const failing = item.kind === 'yesNo' && w.rng.chance(0.3);
      await w.call('vettings.answer', { vettingId: v.id, itemKey: item.key, value: failing ? 'no' : value, note: failing ? `需整改${w.word()}` : null });
    }
  }
}

/** Companies without a draft vetting: one draft per company at a time (the app says vettingInProgress). */
const UNVETTED = `SELECT id FROM companies c WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM vettings v WHERE v.company_id = c.id AND v.signed_off_at IS NULL) ORDER BY id`;

const startVetting: Op = async (w) => {
  const companyId = w.any(UNVETTED);
  if (!companyId) return createCompany(w);
  const visitId = w.any(`SELECT id FROM visits WHERE company_id = ? AND deleted_at IS NULL ORDER BY id`, companyId);
  const v = await w.call<Vetting>('vettings.start', { companyId, visitId });
  await answerSome(w, v, w.rng.between(1, 4), () => tinyPhoto(w));
};

const answerVetting: Op = async (w) => {
  const id = w.any(`SELECT v.id FROM vettings v JOIN companies c ON c.id = v.company_id WHERE v.signed_off_at IS NULL AND c.deleted_at IS NULL ORDER BY v.id`);
  if (!id) return startVetting(w);
  const v = await w.call<Vetting>('vettings.get', { id });
  if (w.rng.chance(0.2)) {
    const photo = w.any(`SELECT id FROM vetting_photos WHERE vetting_id = ? ORDER BY id`, id);
    if (photo) return void (await w.call('vettings.removePhoto', { id: photo }));
  }
  await answerSome(w, v, w.rng.between(1, 3), () => tinyPhoto(w));
};

// ── Positions ────────────────────────────────────────────────────────────────

const createPosition: Op = async (w) => {
  const companyId = w.company();
  if (!companyId) return createCompany(w);
  const jobTypeId = w.any(`SELECT id FROM job_types WHERE deleted_at IS NULL ORDER BY id`)!;
  await w.call('positions.create', { companyId, jobTypeId, title: `普工${w.word()}`, headcount: w.rng.between(1, 50), payMin: 5000, payMax: 7000, roomIncluded: w.rng.chance(0.5) });
};

const updatePosition: Op = async (w) => {
  const id = w.any(`SELECT p.id FROM positions p JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY p.id`);
  if (!id) return createPosition(w);
  if (w.rng.chance(0.2)) return void (await w.call('positions.delete', { id }));
  const p = await w.call<Record<string, unknown>>('positions.get', { id });
  const changes = w.rng.pick([{ headcount: w.rng.between(1, 80) }, { notes: `备注${w.word()}` }, { skills: `会${w.word()}` }, { payMax: w.rng.between(7000, 9000) }]);
  await w.call('positions.update', { id, position: { ...p, ...changes } });
};

// ── Trips: members, itinerary, participants, outcomes ────────────────────────

interface TripOut {
  id: string;
  title: string;
  prefectureId: string;
  counties: { id: string }[];
  startDate: string;
  endDate: string;
  purpose: string | null;
  status: string;
  notes: string | null;
  members: { id: string; name: string; role: string; organisation: string | null; phone: string | null; contactId: string | null; staffId: string | null }[];
  items: { id: string; kind: string; startsAt: string; endsAt: string; [k: string]: unknown }[];
}

const tripAsInput = (t: TripOut) => ({
  title: t.title, prefectureId: t.prefectureId, countyIds: t.counties.map((c) => c.id), startDate: t.startDate, endDate: t.endDate,
  purpose: t.purpose, status: t.status, notes: t.notes,
});

const createTrip: Op = async (w) => {
  const prefectureId = w.any(`SELECT id FROM prefectures WHERE deleted_at IS NULL ORDER BY id`)!;
  const counties = w.ids(`SELECT id FROM counties WHERE prefecture_id = ? AND deleted_at IS NULL ORDER BY id`, prefectureId);
  const start = w.day();
  await w.call('trips.create', {
    title: `赴滇${w.word()}`, prefectureId, countyIds: w.rng.shuffle([...counties]).slice(0, w.rng.between(1, 2)), startDate: start, endDate: start,
    purpose: `劳务协作${w.word()}`,
  });
};

async function editTrip(w: Ctx, id: string): Promise<void> {
  const t = await w.call<TripOut>('trips.get', { id });
  const stamp = `${t.startDate}T${String(w.rng.between(8, 16)).padStart(2, '0')}:00`;
  const end = `${t.startDate}T${String(w.rng.between(17, 20)).padStart(2, '0')}:00`;
  switch (w.rng.int(7)) {
    case 0: return void (await w.call('trips.update', { id, trip: { ...tripAsInput(t), notes: `行程备注${w.word()}` } }));
    case 1: return void (await w.call('trips.addMember', { tripId: id, member: { name: '王芳', role: 'bureauStaff', staffId: w.ws.me.id } }));
    case 2: {
      const m = t.members.length ? w.rng.pick(t.members) : null;
      if (!m) return void (await w.call('trips.addMember', { tripId: id, member: { name: '赵磊', role: 'companyRep', organisation: '沪工阀门' } }));
      if (w.rng.chance(0.3)) return void (await w.call('trips.removeMember', { id: m.id }));
      return void (await w.call('trips.updateMember', { id: m.id, member: { ...m, organisation: `单位${w.word()}` } }));
    }
    case 3: {
      const kind = w.rng.pick(['jobFair', 'training', 'siteVisit'] as const);
      return void (await w.call('itinerary.create', { tripId: id, item: { kind, title: `${w.word()}活动`, startsAt: stamp, endsAt: end, place: `${w.word()}广场`, memberIds: t.members.slice(0, 1).map((m) => m.id) } }));
    }
    case 4: {
      const item = t.items.length ? w.rng.pick(t.items) : null;
      if (!item) return;
      if (w.rng.chance(0.3)) return void (await w.call('itinerary.delete', { id: item.id }));
      const { id: itemId, ...rest } = item;
      return void (await w.call('itinerary.update', { id: itemId, item: { ...rest, notes: `记录${w.word()}` } }));
    }
    case 5: {
      const item = t.items.find((i) => ['jobFair', 'training', 'campusRecruitment'].includes(i.kind));
      if (!item) return;
      const seekers = w.rng.between(10, 500);
      return void (await w.call('outcomes.save', { itemId: item.id, outcome: { jobSeekers: { value: seekers }, resumes: { value: w.rng.between(0, seekers), about: w.rng.chance(0.2) }, notes: `成效${w.word()}` } }));
    }
    default: {
      const companyId = w.company();
      if (companyId) await w.call('trips.setParticipants', { tripId: id, companyId, positionIds: [], overrideReason: '尚未审核，随团洽谈' });
    }
  }
}

const saveOutcome: Op = async (w) => {
  const itemId = w.any(`SELECT i.id FROM itinerary_items i JOIN trips t ON t.id = i.trip_id WHERE t.deleted_at IS NULL AND i.kind IN ('jobFair', 'training', 'campusRecruitment') ORDER BY i.id`);
  if (!itemId) return updateTrip(w);
  const seekers = w.rng.between(10, 500);
  await w.call('outcomes.save', { itemId, outcome: { jobSeekers: { value: seekers }, resumes: { value: w.rng.between(0, seekers), about: w.rng.chance(0.2) }, notes: `成效${w.word()}` } });
};

const updateTrip: Op = async (w) => {
  const id = w.trip();
  if (id) await editTrip(w, id);
  else await createTrip(w);
};

const deleteTrip: Op = async (w) => {
  const id = w.trip();
  if (id) await w.call('trips.delete', { id });
};

// ── Agreements (with a document) and placements ──────────────────────────────

const createAgreement: Op = async (w) => {
  const signedOn = w.day();
  const a = await w.call<{ id: string }>('agreements.create', {
    today: today(),
    agreement: {
      type: w.rng.pick(['framework', 'labourMechanism', 'other'] as const), title: `劳务协作协议${w.word()}`, parties: ['嘉定区人社局', '楚雄州人社局'],
      signedOn, prefectureId: w.any(`SELECT id FROM prefectures ORDER BY id`), notes: null,
      targets: [{ description: '输送劳动力', metric: 'arrivals', target: w.rng.between(10, 500), dueDate: '2026-12-31' }],
    },
  });
  if (w.rng.chance(0.6)) await w.call('agreements.attachDocument', { agreementId: a.id, fileName: '协议扫描件.png', data: tinyPhoto(w) });
};

const updateAgreement: Op = async (w) => {
  const id = w.any(`SELECT id FROM agreements WHERE deleted_at IS NULL ORDER BY id`);
  if (!id) return createAgreement(w);
  if (w.rng.chance(0.25)) return void (await w.call('agreements.delete', { id }));
  const a = await w.call<Record<string, unknown>>('agreements.get', { id, today: today() });
  await w.call('agreements.update', { id, today: today(), agreement: { ...a, notes: `补充${w.word()}` } });
};

const createBatch: Op = async (w) => {
  const prefectureId = w.any(`SELECT id FROM prefectures WHERE deleted_at IS NULL ORDER BY id`)!;
  const companyId = w.company();
  const workers = w.rng.between(5, 60);
  await w.call('placements.createBatch', {
    arrivedOn: w.day(), workers, poor: w.rng.between(0, workers), prefectureId,
    employers: companyId ? [{ companyId, workers: w.rng.between(1, workers) }] : [], notes: null,
  });
};

const updateBatch: Op = async (w) => {
  const id = w.any(`SELECT id FROM placement_batches WHERE deleted_at IS NULL ORDER BY id`);
  if (!id) return createBatch(w);
  const b = await w.call<{ prefectureId: string; workers: number; employers: { companyId: string; workers: number }[]; [k: string]: unknown }>('placements.getBatch', { id });
  switch (w.rng.int(4)) {
    case 0: return void (await w.call('placements.deleteBatch', { id }));
    case 1: return void (await w.call('placements.createCheckIn', { checkedOn: w.day(), stillWorking: w.rng.between(0, b.workers), prefectureId: b.prefectureId, batchId: id }));
    default:
      await w.call('placements.updateBatch', { id, batch: { ...b, employers: b.employers.map((e) => ({ companyId: e.companyId, workers: e.workers })), notes: `到岗${w.word()}` } });
  }
};

// ── Lists and staff: synced like records; a name made on two computers meets a unique index ──

const editLists: Op = async (w) => {
  switch (w.rng.int(5)) {
    case 0: return void (await w.call('lookups.create', { kind: 'town', name: w.rng.chance(0.5) ? w.plan.twinTown : `${w.word()}镇` }));
    case 1: return void (await w.call('jobTypes.create', { name: w.rng.chance(0.5) ? w.plan.twinJobType : `${w.word()}工` }));
    case 2: {
      const id = w.any(`SELECT id FROM job_types WHERE deleted_at IS NULL ORDER BY id`);
      if (id) await w.call('jobTypes.rename', { id, name: `${w.word()}岗` });
      return;
    }
    case 3: {
      const prefectureId = w.any(`SELECT id FROM prefectures WHERE deleted_at IS NULL ORDER BY id`)!;
      return void (await w.call('regions.create', { name: `${w.word()}县`, prefectureId }));
    }
    default: {
      const id = w.any(`SELECT id FROM staff WHERE deleted_at IS NULL ORDER BY id`)!;
      const s = w.ws.db.prepare(`SELECT name, title, phone FROM staff WHERE id = ?`).get(id) as { name: string; title: string | null; phone: string | null };
      await w.call('staff.update', { id, name: s.name, title: `科员${w.rng.int(10)}`, phone: s.phone });
    }
  }
};

// ── Trash: restore and purge (edit against delete) ───────────────────────────

const trash: Op = async (w) => {
  const items = await w.call<{ kind: string; id: string }[]>('trash.list', {});
  if (!items.length) return deleteCompany(w);
  const item = w.rng.pick(items);
  await w.call(w.rng.chance(0.5) ? 'trash.purge' : 'trash.restore', { kind: item.kind, id: item.id });
};

// ── Deliberate collisions on the records every computer shares ───────────────

const alive = (w: Ctx, table: string, id: string | null) =>
  id !== null && (w.ws.db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined)?.deleted_at === null;

/** The shared company edited: one field or two, often the same ones as on the other computers. */
const collideEdit: Op = async (w) => {
  if (!alive(w, 'companies', w.plan.companyId)) return createCompany(w);
  await editCompany(w, w.plan.companyId, 1);
};

/** The shared company's headcount: the same field on every computer, usually different values. */
const collideSameField: Op = async (w) => {
  if (!alive(w, 'companies', w.plan.companyId)) return createCompany(w);
  const c = await w.call<Company>('companies.get', { id: w.plan.companyId });
  await w.call('companies.update', { ...companyAsInput(c), headcount: w.rng.pick([100, 200, 300, 300]) });
};

/** The shared visit or trip edited, or deleted (to the trash, maybe purged) while others edit it. */
const collideEditDelete: Op = async (w) => {
  const useVisit = w.plan.visitId !== null && (w.plan.tripId === null || w.rng.chance(0.5));
  const table = useVisit ? 'visits' : 'trips';
  const id = useVisit ? w.plan.visitId : w.plan.tripId;
  if (!alive(w, table, id)) return updateVisit(w);
  switch (w.rng.int(4)) {
    case 0: return void (await w.call(useVisit ? 'visits.delete' : 'trips.delete', { id }));
    case 1:
      await w.call(useVisit ? 'visits.delete' : 'trips.delete', { id });
      return void (await w.call('trash.purge', { kind: useVisit ? 'visit' : 'trip', id }));
    default: return useVisit ? editVisit(w, id!) : editTrip(w, id!);
  }
};

/** The shared company deleted (or purged) while the others edit it. */
const collideDeleteCompany: Op = async (w) => {
  if (!alive(w, 'companies', w.plan.companyId)) return createCompany(w);
  await w.call('companies.delete', { id: w.plan.companyId });
  if (w.rng.chance(0.3)) await w.call('trash.purge', { kind: 'company', id: w.plan.companyId });
};

/** The same company created here and on another computer: same name, or same credit code. */
const collideTwin: Op = async (w) => {
  const byCode = w.rng.chance(0.5);
  await w.call('companies.create', {
    name: byCode ? `${w.plan.twinName}（${w.word()}）` : w.plan.twinName,
    creditCode: byCode ? w.plan.twinCreditCode : null,
    headcount: w.rng.between(10, 900),
    contacts: [{ name: '周强', role: '厂长', phone: null }],
  });
};

/** Ops and their weights: typical work, and the collisions about a quarter of the time. */
const OPS: [string, number, Op][] = [
  ['company.create', 4, createCompany],
  ['company.update', 6, updateCompany],
  ['company.delete', 1, deleteCompany],
  ['visit.create', 6, createVisit],
  ['visit.update', 4, updateVisit],
  ['visit.delete', 1, deleteVisit],
  ['followUp.done', 2, followUpDone],
  ['vetting.start', 3, startVetting],
  ['vetting.answer', 3, answerVetting],
  ['position.create', 2, createPosition],
  ['position.update', 2, updatePosition],
  ['trip.create', 2, createTrip],
  ['trip.update', 5, updateTrip],
  ['trip.delete', 1, deleteTrip],
  ['outcome.save', 2, saveOutcome],
  ['agreement.create', 2, createAgreement],
  ['agreement.update', 2, updateAgreement],
  ['placement.create', 2, createBatch],
  ['placement.update', 2, updateBatch],
  ['trash', 2, trash],
  ['lists', 2, editLists],
  ['collide.edit', 4, collideEdit],
  ['collide.sameField', 4, collideSameField],
  ['collide.editDelete', 4, collideEditDelete],
  ['collide.deleteCompany', 1, collideDeleteCompany],
  ['collide.twin', 3, collideTwin],
];
const TOTAL_WEIGHT = OPS.reduce((s, [, wgt]) => s + wgt, 0);

function pickOp(rng: Rng): [string, Op] {
  let x = rng.next() * TOTAL_WEIGHT;
  for (const [name, wgt, op] of OPS) {
    if ((x -= wgt) < 0) return [name, op];
  }
  return [OPS[0]![0], OPS[0]![2]];
}

/** Values each write left, from a before/after snapshot of the synced tables. */
function writesBetween(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): LoggedWrite[] {
  return compareSnapshots([before, after]).flatMap((d): LoggedWrite[] => {
    if (d.column !== '*') return [{ table: d.table, pk: d.pk, column: d.column, value: d.values[1] }];
    if (d.values[1] === undefined) return [{ table: d.table, pk: d.pk, column: '*', value: undefined }];
    const row = after.get(d.table)!.get(JSON.stringify(d.pk))!;
    return Object.entries(row).map(([column, value]) => ({ table: d.table, pk: d.pk, column, value }));
  });
}

/**
 * Makes `edits` random edits on one workspace. Returns the log (with `log`) of what each edit
 * wrote; an edit the app refuses (a rule of the data, e.g. a company with placements cannot
 * be purged) changes nothing and logs nothing.
 */
export interface WorkloadResult {
  log: LoggedEdit[];
  /** Calls the app refused, as "channel: CODE {error}". */
  refusals: string[];
}

export async function syncWorkload(ws: EditableWorkspace, rng: Rng, o: WorkloadOptions): Promise<WorkloadResult> {
  const w = new Ctx(ws, rng, o.plan);
  // The audit trail only grows (one row per edit) and is checked whole by the comparer: left out
  // of the per-edit snapshots, which are most of a small seed's time.
  const tables: ComparedTable[] | null = o.log ? comparedTables(ws.db).filter((t) => t.name !== 'audit') : null;
  const log: LoggedEdit[] = [];
  for (let step = 0; step < o.edits; step++) {
    const [name, op] = pickOp(rng);
    const before = tables ? snapshot(ws.db, tables) : null;
    try {
      await op(w);
    } catch (e) {
      if (!(e instanceof Refused)) throw new Error(`${o.computer} step ${step} ${name}: ${(e as Error).message}`, { cause: e });
    }
    if (tables && before) {
      const writes = writesBetween(before, snapshot(ws.db, tables));
      if (writes.length) log.push({ computer: o.computer, step, op: name, writes });
    }
  }
  return { log, refusals: w.refusals };
}

const NO_PLAN: CollisionPlan = { companyId: '', visitId: null, tripId: null, twinName: '', twinCreditCode: '', twinTown: '镇', twinJobType: '工' };

/** The records a seed's computers collide on, chosen from the shared starting workspace. */
export function collisionPlan(db: Db, rng: Rng): CollisionPlan {
  const pick = (sql: string) => {
    const ids = db.prepare(sql).pluck().all() as string[];
    return ids.length ? rng.pick(ids) : null;
  };
  const n = rng.int(1_000_000);
  return {
    companyId: pick(`SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY id`)!,
    visitId: pick(`SELECT id FROM visits WHERE deleted_at IS NULL ORDER BY id`),
    tripId: pick(`SELECT id FROM trips WHERE deleted_at IS NULL ORDER BY id`),
    twinName: `上海双胞胎精密机械有限公司${n}`,
    twinCreditCode: creditCodeFor(500_000 + n),
    twinTown: `新成${n % 1000}镇`,
    twinJobType: `数控${n % 1000}工`,
  };
}

/**
 * The starting workspace every computer copies: a few of each kind of record, so edits on
 * different computers meet on the same rows. Made through the channels, before sync starts.
 */
export async function seedSharedRecords(ws: EditableWorkspace, rng: Rng): Promise<void> {
  const w = new Ctx(ws, rng, NO_PLAN);
  await w.call('staff.create', { name: '李强', title: '科员', phone: null });
  await w.call('staff.create', { name: '王芳', title: '副科长', phone: null });
  for (let i = 0; i < 3; i++) await createCompany(w);
  for (let i = 0; i < 3; i++) await createVisit(w);
  await startVetting(w);
  await createPosition(w);
  await createTrip(w);
  const tripId = w.trip()!;
  await w.call('trips.addMember', { tripId, member: { name: '王芳', role: 'bureauStaff', staffId: ws.me.id } });
  const t = await w.call<TripOut>('trips.get', { id: tripId });
  await w.call('itinerary.create', { tripId, item: { kind: 'jobFair', title: '专场招聘会', startsAt: `${t.startDate}T09:00`, endsAt: `${t.startDate}T12:00`, place: '县人社局广场', memberIds: [] } });
  await createAgreement(w);
  await createBatch(w);
}

// ── The bench's week ─────────────────────────────────────────────────────────

export interface WeekOptions {
  staff?: number;
  days?: number;
  /** Evidence photos in the week (realistic, ~100 KB JPEGs). */
  photos?: number;
}

/**
 * "Thirty staff, seven days of typical work": each staff member, each day, logs a visit (with
 * follow-ups) and updates a company; every few days a vetting with answers and photos, a
 * position, a trip's itinerary, an outcome, an agreement or a placement. About 2,000 row
 * changes and 200 photos; the bench reports the exact count it packed.
 */
export async function syncWorkloadWeek(ws: EditableWorkspace, rng: Rng, o: WeekOptions = {}): Promise<{ edits: number; photos: number; refusals: string[] }> {
  const staffCount = o.staff ?? 30;
  const days = o.days ?? 7;
  const photoTotal = o.photos ?? 200;
  const w = new Ctx(ws, rng, NO_PLAN);
  const run = async (op: Op) => {
    try {
      await op(w);
      edits++;
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
    }
  };
  let edits = 0;
  let photos = 0;
  for (let i = w.staff().length; i < staffCount; i++) await w.call('staff.create', { name: `同事${i + 1}`, title: '科员', phone: null });
  for (let i = 0; i < 60; i++) await run(createCompany);
  await run(createTrip);
  const vettingsPlanned = Math.ceil(photoTotal / 4);
  for (let day = 0; day < days; day++) {
    for (let s = 0; s < staffCount; s++) {
      await run(createVisit);
      if (rng.chance(0.3)) await run(updateCompany);
      const slot = day * staffCount + s;
      // Vettings spread over the week, four photos each.
      if (photos < photoTotal && slot % Math.floor((days * staffCount) / vettingsPlanned) === 0) {
        const companyId = w.any(UNVETTED);
        if (!companyId) continue;
        const v = await w.call<Vetting>('vettings.start', { companyId, visitId: null });
        await answerSome(w, v, 6, () => jpegImage(1280, 960, 2000).toString('base64'));
        const photoItem = templateItems(v.template).find((i) => i.kind === 'photo');
        for (let p = 0; p < 4 && photos < photoTotal && photoItem; p++, photos++) {
          await w.call('vettings.attachPhoto', { vettingId: v.id, itemKey: photoItem.key, data: jpegImage(1280, 960, 100_000).toString('base64'), caption: `现场${p + 1}` });
        }
        edits++;
      }
      if (slot % 7 === 0) await run(rng.pick([createPosition, updatePosition, updateTrip, updateTrip, createAgreement, createBatch, updateBatch]));
    }
  }
  return { edits, photos, refusals: w.refusals };
}
