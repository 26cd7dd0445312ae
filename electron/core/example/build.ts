// Builds the example workspace from the article (content.ts) through the app's own use
// cases — the same service functions the channels call, each input parsed by the same
// shared schema first — so the example holds nothing a user could not have entered and
// the dashboard adds it up by the same rules as real data.
import { existsSync, rmSync } from 'node:fs';
import { agreementInput } from '../../../shared/agreements/schema';
import { type Channel, type Contract, contract } from '../../../shared/channels';
import { outcomeInput, type OutcomeInput } from '../../../shared/outcomes/schema';
import { batchInput, checkInInput } from '../../../shared/placements/schema';
import type { ItineraryItemInput } from '../../../shared/trips/schema';
import { passingAnswer } from '../../../shared/vetting/passingAnswer';
import { templateItems } from '../../../shared/vetting/template';
import type { z } from 'zod';
import { createAgreement } from '../agreements/service';
import { createCompany } from '../companies/service';
import { closeDb, type Db, openDb } from '../db/open';
import type { Keyring } from '../crypto/keyring';
import { newRandomKey } from '../crypto/workspaceKey';
import { asOf } from '../ids';
import { listLookups } from '../lookups/service';
import { saveOutcome } from '../outcomes/service';
import { createBatch, createCheckIn } from '../placements/service';
import { listJobTypes } from '../positions/repository';
import { createPosition } from '../positions/service';
import { createStaff } from '../staff/service';
import { listPrefectures } from '../trips/repository';
import { addMember, createItem, createTrip, getTrip, setParticipants } from '../trips/service';
import { answerItem, attachPhoto, signOffVetting, startVetting } from '../vetting/service';
import { createVisit } from '../visits/service';
import { updateSettings } from '../workspace/settings';
import {
  COMPANIES_2017, COMPANIES_2018_NEW, DEQIN_COMPANIES, EXAMPLE_TAG, REUSED_IN_2018, SEVEN_FAIRS, STAFF, TOWN_CENTRES_2017, TOWN_CENTRES_2018,
  ex, EXAMPLE_USER, headcount2018,
} from './content';
import { PLACEHOLDER_PHOTO_PNG_BASE64 } from './placeholderPhoto';

/** A channel's input as the bridge would hand it to the handler: parsed by the contract's schema. */
const parse = <C extends Channel>(c: C, input: z.input<Contract[C]['input']>): z.output<Contract[C]['input']> =>
  (contract[c].input as z.ZodType).parse(input) as z.output<Contract[C]['input']>;

/** "Today" for agreement targets: the day the article appeared (its figures are "截至目前"). */
const ARTICLE_DAY = '2018-09-30';

class Builder {
  private readonly towns: Map<string, string>;
  private readonly industries: Map<string, string>;
  private readonly jobTypes: Map<string, string>;
  private readonly prefectures = new Map<string, { id: string; counties: Map<string, string> }>();
  readonly staff: string[] = [];

  constructor(readonly db: Db) {
    this.towns = new Map(listLookups(db, 'town').map((l) => [l.name, l.id]));
    this.industries = new Map(listLookups(db, 'industry').map((l) => [l.name, l.id]));
    this.jobTypes = new Map(listJobTypes(db).map((j) => [j.name, j.id]));
    for (const p of listPrefectures(db)) this.prefectures.set(p.name, { id: p.id, counties: new Map(p.counties.map((c) => [c.name, c.id])) });
  }

  private lookup(map: Map<string, string>, name: string): string {
    const id = map.get(name);
    if (!id) throw new Error(`example workspace: "${name}" is not on the list`);
    return id;
  }
  town = (name: string) => this.lookup(this.towns, name);
  industry = (name: string) => this.lookup(this.industries, name);
  jobType = (name: string) => this.lookup(this.jobTypes, name);
  prefecture = (name: string) => this.prefectures.get(name)!.id;
  county = (prefecture: string, name: string) => this.lookup(this.prefectures.get(prefecture)!.counties, name);

  /** Adds an itinerary item and returns its id. */
  item(tripId: string, item: ItineraryItemInput): string {
    const before = new Set(getTrip(this.db, tripId).items.map((i) => i.id));
    const after = createItem(this.db, tripId, parse('itinerary.create', { tripId, item }).item);
    return after.items.find((i) => !before.has(i.id))!.id;
  }

  member(tripId: string, member: Parameters<typeof parse<'trips.addMember'>>[1]['member']): string {
    const t = addMember(this.db, tripId, parse('trips.addMember', { tripId, member }).member);
    return t.members[t.members.length - 1]!.id;
  }

  outcome(itemId: string, v: OutcomeInput): void {
    saveOutcome(this.db, itemId, outcomeInput.parse(v));
  }

  /** A vetting with the default checklist, every item answered as a reviewer finding all in order, done and signed off on `day`. */
  vetAndSignOff(companyId: string, visitId: string, day: string, figures: Record<string, number>): void {
    let v = startVetting(this.db, parse('vettings.start', { companyId, visitId, vettedOn: day }));
    for (const item of templateItems(v.template)) {
      if (!v.score.items.find((i) => i.key === item.key)?.visible) continue;
      // The company's own figures where the checklist asks for a number (pay, room, hours), so the
      // summary reads like a real employer's, not like the minimum that would just pass.
      const value = item.kind === 'number' && item.key in figures ? figures[item.key]! : passingAnswer(item, v);
      if (value === null) {
        if (!item.required) continue;
        attachPhoto(this.db, parse('vettings.attachPhoto', { vettingId: v.id, itemKey: item.key, data: PLACEHOLDER_PHOTO_PNG_BASE64, caption: '示例照片' }));
        continue;
      }
      v = answerItem(this.db, parse('vettings.answer', { vettingId: v.id, itemKey: item.key, value, note: null }));
    }
    const { id, signedOffOn } = parse('vettings.signOff', { id: v.id, signedOffOn: day });
    signOffVetting(this.db, id, signedOffOn);
  }
}

/**
 * Creates the example workspace at `path` (a file already there is replaced) and closes it.
 * Takes a second or two: a few hundred small transactions, with fsync off while building
 * (a half-built example is simply rebuilt).
 */
export function buildExampleWorkspace(path: string, keyring: Keyring, options: { plain?: boolean } = {}): void {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
  // Encrypted like every workspace: it holds (invented) names and phone numbers too.
  // (`plain` is for the bench alone, which times the build both ways.)
  const key = options.plain ? null : newRandomKey();
  const { db } = openDb(path, { keys: key ? [key] : [], create: true });
  try {
    db.pragma('synchronous = OFF');
    fill(new Builder(db));
    beTheExampleUser(db);
    db.pragma('synchronous = FULL');
  } finally {
    closeDb(db);
  }
  if (key) keyring.remember(path, key);
}

/** The example is built as its invented group; whoever opens it is 示例用户 there (content.ts says why). */
function beTheExampleUser(db: Db): void {
  const me = createStaff(db, parse('staff.create', { ...EXAMPLE_USER }));
  updateSettings(db, parse('settings.update', { currentStaffId: me.id }));
}

function fill(b: Builder): void {
  const db = b.db;
  const CX = '楚雄州';
  const DQ = '迪庆州';

  // ── The working group ──────────────────────────────────────────────────────
  for (const s of STAFF) b.staff.push(createStaff(db, parse('staff.create', { ...s })).id);
  // The invented group did the invented work: its leader signs the vettings and is in the audit trail.
  updateSettings(db, parse('settings.update', { currentStaffId: b.staff[0]! }));
  const staffMember = (i: number, role = 'bureauStaff' as const) => ({ name: STAFF[i]!.name, role, organisation: '嘉定区人社局', staffId: b.staff[i]! });

  // ── Companies of the Chuxiong trips (names invented) ───────────────────────
  const chuxiongCompany = ([name, town, industry]: readonly [string, string, string]) =>
    createCompany(
      db,
      parse('companies.create', {
        name, townId: b.town(town), industryId: b.industry(industry), tags: [EXAMPLE_TAG], status: 'candidate',
        notes: ex('报道未列出企业名称，企业名称为虚构。'),
      }),
    ).id;
  const companies2017 = COMPANIES_2017.map(chuxiongCompany);
  const companies2018 = [...companies2017.slice(0, REUSED_IN_2018), ...COMPANIES_2018_NEW.map(chuxiongCompany)];
  const noVetting = ex('报道未给出审核记录。');

  // ── 2017-09: training at 楚雄技师学院 ──────────────────────────────────────
  const t2017a = createTrip(
    db,
    parse('trips.create', {
      title: '2017年9月 送教楚雄：汽车营销与维修培训', prefectureId: b.prefecture(CX), countyIds: [b.county(CX, '楚雄市')],
      startDate: '2017-09-18', endDate: '2017-09-19', status: 'done',
      purpose: '组织上海市大众工业学校三位专家到楚雄技师学院为当地教师和学生开展为期两天的培训，推进校企合作。',
      notes: ex('报道只写“2017年9月”，具体日期为示例；专家姓名为虚构。'),
    }),
  );
  const experts = ['顾建华（示例）', '沈国强（示例）', '朱丽萍（示例）'].map((name) => b.member(t2017a.id, { name, role: 'trainer', organisation: '上海市大众工业学校' }));
  b.member(t2017a.id, staffMember(2));
  const training2017 = b.item(t2017a.id, {
    kind: 'training', title: '上海嘉定送教云南楚雄汽车营销与维修培训', startsAt: '2017-09-18T09:00', endsAt: '2017-09-19T17:00',
    place: '楚雄技师学院', countyId: b.county(CX, '楚雄市'), memberIds: experts,
  });
  b.outcome(training2017, { trainees: { value: 300, about: true }, notes: '为期两天；培训楚雄技师学院师生三百余名（培训课时报道未给出）。' });

  // ── 2017-11: first recruiting trip to Chuxiong ─────────────────────────────
  let t2017b = createTrip(
    db,
    parse('trips.create', {
      title: '2017年11月 赴楚雄对口支援就业扶贫首场招聘', prefectureId: b.prefecture(CX), countyIds: [b.county(CX, '楚雄市')],
      startDate: '2017-11-20', endDate: '2017-11-23', status: 'done',
      purpose: '携23家企业和8个街镇劳动保障服务中心负责人赴楚雄开展首场招聘活动；签订校企合作框架协议和劳务输出协议。',
      notes: ex('报道只写“2017年11月”，具体日期、地点为示例。'),
    }),
  );
  b.member(t2017b.id, staffMember(0));
  b.member(t2017b.id, staffMember(1));
  for (const town of TOWN_CENTRES_2017) b.member(t2017b.id, { name: `${town}劳动保障服务中心负责人`, role: 'townCentre', organisation: `${town}劳动保障服务中心` });
  for (const companyId of companies2017) t2017b = setParticipants(db, parse('trips.setParticipants', { tripId: t2017b.id, companyId, positionIds: [], overrideReason: noVetting }));
  const fair2017 = b.item(t2017b.id, {
    kind: 'jobFair', title: '嘉定区对口支援楚雄就业扶贫首场招聘会', startsAt: '2017-11-21T09:00', endsAt: '2017-11-21T12:00',
    place: '楚雄市（示例地点）', countyId: b.county(CX, '楚雄市'), companyIds: companies2017,
  });
  b.outcome(fair2017, { positionsOffered: { value: 1000, about: true }, intentions: { value: 104, about: false }, notes: '提供各类工种1000余个招聘岗位，104人与企业达成录用意向。' });
  const signing2017 = b.item(t2017b.id, {
    kind: 'signing', title: '校企合作框架协议、劳务输出协议签约', startsAt: '2017-11-21T15:00', endsAt: '2017-11-21T17:00',
    place: '楚雄技师学院', countyId: b.county(CX, '楚雄市'), companyIds: companies2017,
  });
  createAgreement(
    db,
    agreementInput.parse({
      type: 'schoolEnterprise', title: '校企合作框架协议', parties: ['楚雄技师学院', '嘉定区企业（23家）'], copies: 23, signedOn: '2017-11-21',
      prefectureId: b.prefecture(CX), tripId: t2017b.id, itemId: signing2017, notes: '23家企业代表分别与楚雄技师学院签订。签约日期为示例。',
    }),
    ARTICLE_DAY,
  );
  createAgreement(
    db,
    agreementInput.parse({
      type: 'labourExport', title: '劳务输出协议', parties: ['楚雄金泰人力资源和社会保障事务有限公司', '嘉定区企业代表'], signedOn: '2017-11-21',
      prefectureId: b.prefecture(CX), tripId: t2017b.id, itemId: signing2017,
      notes: ex('签约日期和“2019 年转移就业 100 人”的目标为示例，报道未给出。'),
      targets: [{ description: '2019 年转移就业 100 人（示例）', metric: 'arrivals', target: 100, dueDate: '2019-12-31' }],
    }),
    ARTICLE_DAY,
  );

  // ── 2018-06: second Chuxiong trip, seven county job fairs, campus recruitment ──
  const sevenCounties = SEVEN_FAIRS.map((f) => b.county(CX, f.county));
  let t2018 = createTrip(
    db,
    parse('trips.create', {
      title: '2018年6月 赴楚雄对口支援就业扶贫专场招聘', prefectureId: b.prefecture(CX), countyIds: [b.county(CX, '楚雄市'), ...sevenCounties],
      startDate: '2018-06-25', endDate: '2018-06-29', status: 'done',
      purpose: '携24家企业、2家人力资源公司和5个街镇劳动保障服务中心负责人赴楚雄开展专场招聘；6月27日在七个贫困县同时举办招聘会，6月28日校园招聘。',
      notes: ex('报道未写明七个贫困县的名称，所选七县及各县分项数字为示例（合计与报道一致）；行程时间为示例。'),
    }),
  );
  const staff2018 = [b.member(t2018.id, staffMember(0)), b.member(t2018.id, staffMember(1)), b.member(t2018.id, staffMember(3))];
  const agencies = ['上海嘉人人力资源有限公司（示例）', '上海汇才人力资源服务有限公司（示例）'].map((organisation) =>
    b.member(t2018.id, { name: `${organisation.replace('（示例）', '')}代表（示例）`, role: 'hrAgency', organisation }),
  );
  const centres = TOWN_CENTRES_2018.map((town) => b.member(t2018.id, { name: `${town}劳动保障服务中心负责人`, role: 'townCentre', organisation: `${town}劳动保障服务中心` }));
  companies2018.forEach((companyId, i) => {
    const h = headcount2018(i);
    const positionIds = [
      createPosition(db, parse('positions.create', { companyId, jobTypeId: b.jobType('普工'), title: '生产普工', headcount: h.general, roomIncluded: true, boardIncluded: true, notes: ex('职位明细为虚构，岗位合计与报道的2025个一致。') })).id,
      createPosition(db, parse('positions.create', { companyId, jobTypeId: b.jobType('技工'), title: '技术工', headcount: h.skilled, roomIncluded: true, boardIncluded: true, notes: ex('职位明细为虚构。') })).id,
    ];
    t2018 = setParticipants(db, parse('trips.setParticipants', { tripId: t2018.id, companyId, positionIds, overrideReason: noVetting }));
  });
  b.item(t2018.id, { kind: 'travel', title: '上海—昆明', startsAt: '2018-06-25T08:00', endsAt: '2018-06-25T11:30', travel: { mode: 'flight', from: '上海虹桥', to: '昆明长水' }, memberIds: staff2018 });
  b.item(t2018.id, { kind: 'travel', title: '昆明—楚雄', startsAt: '2018-06-25T13:30', endsAt: '2018-06-25T16:00', travel: { mode: 'coach', from: '昆明', to: '楚雄' }, memberIds: staff2018 });
  SEVEN_FAIRS.forEach((f, i) => {
    const itemId = b.item(t2018.id, {
      kind: 'jobFair', title: `对口支援就业扶贫专场招聘会（${f.county}）`, startsAt: '2018-06-27T09:00', endsAt: '2018-06-27T12:00',
      place: `${f.county}（示例地点）`, countyId: sevenCounties[i]!, track: f.county,
      memberIds: [i < 5 ? centres[i]! : agencies[i - 5]!], companyIds: companies2018.filter((_, k) => k % 7 === i),
    });
    b.outcome(itemId, {
      jobSeekers: { value: f.jobSeekers, about: true }, intentions: { value: f.intentions, about: false }, intentionsPoor: { value: f.poor, about: false },
      notes: ex('各县分项为虚构；七县合计与报道一致：求职者3000余名，初步意向91人，其中建档立卡贫困劳动力29人。'),
    });
  });
  const campus = b.item(t2018.id, {
    kind: 'campusRecruitment', title: '楚雄技师学院2018年夏季校园招聘会', startsAt: '2018-06-28T09:00', endsAt: '2018-06-28T16:00',
    place: '楚雄技师学院', countyId: b.county(CX, '楚雄市'), memberIds: staff2018, companyIds: companies2018,
  });
  b.outcome(campus, { hired: { value: 228, about: false }, notes: '共招聘各类技术类专业学生228名。' });
  const seminar2018 = b.item(t2018.id, {
    kind: 'seminar', title: '就业扶贫专题座谈（楚雄州人社局、楚雄技师学院）', startsAt: '2018-06-26T15:00', endsAt: '2018-06-26T17:00',
    place: '楚雄州人社局（示例地点）', countyId: b.county(CX, '楚雄市'), memberIds: staff2018,
  });
  for (const [type, title, parties] of [
    ['framework', '上海市嘉定区与云南省楚雄彝族自治州人力资源对口帮扶合作框架协议', ['上海市嘉定区人力资源和社会保障局', '楚雄彝族自治州人力资源和社会保障局']],
    ['labourMechanism', '云南楚雄与上海嘉定劳务合作工作机制', ['楚雄彝族自治州人力资源和社会保障局', '上海市嘉定区人力资源和社会保障局']],
  ] as const) {
    createAgreement(
      db,
      agreementInput.parse({
        type, title, parties: [...parties], signedOn: '2018-06-26', prefectureId: b.prefecture(CX), tripId: t2018.id, itemId: seminar2018,
        notes: ex('报道只说 2017—2018 年间签订（建立），签订日期和场合为示例。'),
      }),
      ARTICLE_DAY,
    );
  }

  // ── Placements: the first batch and the prefecture-wide check-in ────────────
  const split = [6, 5, 5, 4, 3, 3];
  createBatch(
    db,
    batchInput.parse({
      arrivedOn: '2018-07-07', workers: 26, poor: 11, prefectureId: b.prefecture(CX), tripId: t2018.id,
      employers: split.map((workers, i) => ({ companyId: companies2018[i]!, workers })),
      notes: `第一批26名楚雄外出务工人员（其中11名农村建档立卡贫困劳动力）到达嘉定入职。${ex('各企业接收人数为虚构。')}`,
    }),
  );
  createCheckIn(
    db,
    checkInInput.parse({
      checkedOn: '2018-09-30', stillWorking: 284, poor: 12, prefectureId: b.prefecture(CX),
      notes: `楚雄在嘉定务工和实习的总人数（报道称“截至目前”）。${ex('核查日期为示例。')}`,
    }),
  );

  // ── 2018-09: Deqin — the three named companies, visited and vetted first ─────
  const deqin = DEQIN_COMPANIES.map((c, i) => {
    const company = createCompany(
      db,
      parse('companies.create', {
        name: c.name, townId: b.town(c.town), industryId: b.industry(c.industry), address: c.address, headcount: c.headcount,
        tags: [EXAMPLE_TAG, '食宿齐全'], status: 'candidate',
        notes: ex('企业名称取自报道；地址、规模、联系人和职位明细为示例。'),
        contacts: [{ ...c.contact, phone: `1381601000${i}` }],
      }),
    );
    const visit = createVisit(
      db,
      parse('visits.create', {
        companyId: company.id, visitDate: `2018-09-0${3 + i * 2}`, staffIds: [b.staff[1]!, b.staff[3]!], purpose: '赴德钦专场招聘前走访',
        business: '经营状况良好，订单稳定，有招工需求。', environment: '工作环境整洁，安全措施到位。', wages: '按时足额发放工资，缴纳社会保险。',
        lodging: '提供员工宿舍和食堂。', dormProvided: true, peoplePerRoom: 4, mealsProvided: true, notes: ex('走访日期和内容为示例。'),
      }),
    );
    // Vetted and signed off on the day of the visit, before the trip: dated so (past work as it
    // happened), and entered on that day too, so its answers and audit trail read 2018 as well.
    const figures = { monthlyPay: Math.min(...c.positions.map((p) => p.payMin)), peoplePerRoom: 4, dormRent: 0, weeklyHours: 44, restDaysPerWeek: 2, yearsOperating: 15, headcount: c.headcount };
    asOf(`${visit.visitDate}T16:00:00+08:00`, () => b.vetAndSignOff(company.id, visit.id, visit.visitDate, figures));
    const positionIds = c.positions.map(
      (p) =>
        createPosition(
          db,
          parse('positions.create', {
            companyId: company.id, jobTypeId: b.jobType(p.jobType), title: p.title, headcount: p.headcount, payMin: p.payMin, payMax: p.payMax,
            roomIncluded: true, boardIncluded: true, notes: ex('职位明细为示例；报道称现场提供普工、技工、仓管、厨师、保洁、服务等岗位200余个。'),
          }),
        ).id,
    );
    return { id: company.id, contactId: company.contacts[0]!.id, contactName: c.contact.name, name: c.name, positionIds };
  });
  let tDeqin = createTrip(
    db,
    parse('trips.create', {
      title: '2018年9月 赴迪庆州德钦县专场招聘和职业培训', prefectureId: b.prefecture(DQ), countyIds: [b.county(DQ, '德钦县')],
      startDate: '2018-09-17', endDate: '2018-09-21', status: 'done',
      purpose: '嘉定区第一次进入藏区开展对口支援就业扶贫：专场招聘会、职业技能培训、与德钦县人社局座谈。',
      notes: `至2400余公里外的云南省迪庆州德钦县。${ex('交通班次、时间和人员姓名为示例。')}`,
    }),
  );
  for (const c of deqin) tDeqin = setParticipants(db, parse('trips.setParticipants', { tripId: tDeqin.id, companyId: c.id, positionIds: c.positionIds, overrideReason: null }));
  const dqStaff = [b.member(tDeqin.id, staffMember(0)), b.member(tDeqin.id, staffMember(2))];
  const teachers = ['吴振华（示例）', '孙志刚（示例）'].map((name) => b.member(tDeqin.id, { name, role: 'trainer', organisation: '上海市大众工业学校' }));
  const huating = b.member(tDeqin.id, { name: '华亭镇劳动保障服务中心负责人', role: 'townCentre', organisation: '华亭镇劳动保障服务中心' });
  const reps = deqin.map((c) => b.member(tDeqin.id, { name: c.contactName, role: 'companyRep', organisation: c.name, contactId: c.contactId }));
  const everyone = [...dqStaff, ...teachers, huating, ...reps];
  const dq = b.county(DQ, '德钦县');
  const legs: [string, string, string, string, 'flight' | 'car'][] = [
    ['2018-09-17T07:30', '2018-09-17T12:30', '上海浦东', '迪庆香格里拉', 'flight'],
    ['2018-09-17T14:00', '2018-09-17T19:30', '香格里拉', '德钦县', 'car'],
    ['2018-09-20T08:30', '2018-09-20T14:00', '德钦县', '香格里拉', 'car'],
    ['2018-09-21T09:00', '2018-09-21T15:00', '迪庆香格里拉', '上海浦东', 'flight'],
  ];
  for (const [startsAt, endsAt, from, to, mode] of legs) {
    b.item(tDeqin.id, {
      kind: 'travel', title: `${from}—${to}`, startsAt, endsAt, travel: { mode, from, to }, memberIds: everyone,
      notes: ex('班次和时间为示例；单程2400余公里。'),
    });
  }
  b.item(tDeqin.id, {
    kind: 'seminar', title: '与德钦县人社局座谈', startsAt: '2018-09-18T09:30', endsAt: '2018-09-18T11:30', place: '德钦县人社局', countyId: dq,
    memberIds: [...dqStaff, huating], notes: ex('座谈时间为示例。'),
  });
  const fairDeqin = b.item(tDeqin.id, {
    kind: 'jobFair', title: '2018年上海市嘉定区对口支援德钦县就业扶贫专场招聘会', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00',
    place: '德钦县民族广场', countyId: dq, memberIds: [...dqStaff, huating, ...reps], companyIds: deqin.map((c) => c.id),
  });
  b.outcome(fairDeqin, {
    positionsOffered: { value: 200, about: true }, jobSeekers: { value: 400, about: true }, resumes: { value: 36, about: false }, intentions: { value: 12, about: false },
    notes: '提供普工、技工、仓管、厨师、保洁、服务等岗位200余个，400余名求职者入场，36人投递简历，12人当场达成初步录用意向。',
  });
  const trainingDeqin = b.item(tDeqin.id, {
    kind: 'training', title: '2018年上海市嘉定区对口支援德钦县就业扶贫劳动技能培训：汽车营销与维修', startsAt: '2018-09-19T14:30', endsAt: '2018-09-19T17:30',
    place: '德钦县委党校', countyId: dq, memberIds: teachers,
  });
  b.outcome(trainingDeqin, { trainees: { value: 200, about: true }, trainingHours: 3, notes: '上海市大众工业学校两位老师为两百余名德钦农村劳动力面对面授课三个小时。' });
}
