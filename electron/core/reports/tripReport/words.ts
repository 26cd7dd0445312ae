// Words of the trip report (工作简报) in the app's two languages. The core writes the
// document itself (no renderer i18n runtime), so the labels live here, next to the data.
import type { AgreementType } from '../../../../shared/agreements/schema';
import type { CountField, OutcomeKind } from '../../../../shared/outcomes/schema';
import type { MemberRole } from '../../../../shared/trips/schema';
import type { ReportLang } from '../../trips/labels';
import { MEMBER_ROLE_LABELS } from '../../../../shared/trips/roleLabels';

/** Delegation groups in the order a brief lists them; their names as the trip page shows them. */
export const ROLE_ORDER: readonly MemberRole[] = ['bureauStaff', 'companyRep', 'townCentre', 'trainer', 'hrAgency', 'partnerOfficial'];

export const TRIP_REPORT_WORDS = {
  zh: {
    masthead: '工作简报',
    sections: { overview: '出访概况', delegation: '代表团组成', itinerary: '行程安排', outcomes: '招聘和培训成效', agreements: '签订协议', nextSteps: '下一步工作' },
    /** Marks the section the Word file leaves for the staff to write. */
    toFill: '（请填写）',
    numeral: (n: number) => `${'一二三四五六七八九十'[n - 1] ?? n}、`,
    roles: MEMBER_ROLE_LABELS.zh satisfies Record<MemberRole, string>, // the trip screens' names (shared/trips/roleLabels.ts)
    kinds: { jobFair: '专场招聘会', campusRecruitment: '校园招聘', training: '职业技能培训' } satisfies Record<OutcomeKind, string>,
    agreementTypes: { framework: '框架协议', labourMechanism: '劳务协作机制', schoolEnterprise: '校企合作协议', labourExport: '劳务输出协议', other: '其他协议' } satisfies Record<AgreementType, string>,
    columns: { date: '日期', event: '活动', positionsOffered: '提供岗位', jobSeekers: '入场求职者', resumes: '投递简历', intentions: '初步意向', intentionsPoor: '其中建档立卡', hired: '录用', trainees: '培训人数', trainingHours: '培训课时' } satisfies Record<CountField | 'date' | 'event' | 'trainingHours', string>,
    total: '合计',
    date: (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`,
    shortDate: (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`,
    dateRange: (a: string, b: string) =>
      a === b ? TRIP_REPORT_WORDS.zh.date(a) : a.slice(0, 4) === b.slice(0, 4) ? `${TRIP_REPORT_WORDS.zh.date(a)}至${TRIP_REPORT_WORDS.zh.shortDate(b)}` : `${TRIP_REPORT_WORDS.zh.date(a)}至${TRIP_REPORT_WORDS.zh.date(b)}`,
    overview: (dates: string, people: number, destination: string) => `${dates}，${people ? `代表团一行${people}人` : ''}赴${destination}开展对口支援就业扶贫工作。`,
    // 工种: job types; 职位: listings; 岗位 / 人: headcount (README, Terms).
    companiesLine: (companies: number, jobTypes: number, listings: number, headcount: number) => `共${companies}家企业参加，带去${jobTypes}类工种的${listings}个职位，提供岗位${headcount}个：`,
    company: (name: string, positions: string, headcount: number) => `${name}：${positions}，共${headcount}人`,
    position: (title: string, headcount: number) => `${title}${headcount}人`,
    group: (role: string, n: number, people: string) => `${role}（${n}人）：${people}`,
    personWithOrg: (name: string, org: string) => `${name}（${org}）`,
    day: (n: number, date: string) => `第${n}天（${TRIP_REPORT_WORDS.zh.shortDate(date)}）`,
    travel: (from: string, to: string) => `由${from}赴${to}`,
    at: (what: string, place: string) => `${what}（${place}）`,
    event: (o: { date: string; kind: string; title: string | null; place: string | null }) =>
      `${TRIP_REPORT_WORDS.zh.shortDate(o.date)}，${o.place ? `在${o.place}` : ''}举办${o.title ?? o.kind}`,
    figures: {
      positionsOffered: (v: string) => `提供岗位${v}个`,
      jobSeekers: (v: string) => `入场求职者${v}人`,
      resumes: (v: string) => `投递简历${v}份`,
      intentions: (v: string) => `达成初步意向${v}人`,
      intentionsPoor: (v: string) => `其中建档立卡贫困劳动力${v}人`,
      hired: (v: string) => `录用${v}人`,
      trainees: (v: string) => `培训${v}人`,
    } satisfies Record<CountField, (v: string) => string>,
    hours: (h: number) => `授课${h}小时`,
    notRecorded: '成效尚未登记',
    totals: (parts: string[]) => `本次出访合计${parts.join('，')}。`,
    agreement: (a: { title: string; type: string; parties: string; copies: number; signedOn: string }) =>
      // The kind in brackets only when the title does not already say it (《劳务输出协议》（劳务输出协议） reads twice).
      `${TRIP_REPORT_WORDS.zh.date(a.signedOn)}，${a.parties}签订《${a.title}》${a.copies > 1 ? `${a.copies}份` : ''}${a.title.includes(a.type) ? '' : `（${a.type}）`}。`,
    partiesSep: '与',
    sep: '、',
    comma: '，',
    hoursValue: (h: number) => `${h}小时`,
    fileName: (title: string) => `工作简报-${title}`,
  },
  en: {
    masthead: 'Trip report',
    sections: { overview: 'Overview', delegation: 'Delegation', itinerary: 'Itinerary', outcomes: 'Recruitment and training outcomes', agreements: 'Agreements signed', nextSteps: 'Next steps' },
    toFill: ' (to be written)',
    numeral: (n: number) => `${n}. `,
    roles: { bureauStaff: 'Bureau staff', companyRep: 'Company representatives', townCentre: 'Town labour-service centres', trainer: 'Trainers', hrAgency: 'HR agencies', partnerOfficial: 'Partner officials' } satisfies Record<MemberRole, string>,
    kinds: { jobFair: 'Job fair', campusRecruitment: 'Campus recruitment', training: 'Skills training' } satisfies Record<OutcomeKind, string>,
    agreementTypes: { framework: 'framework agreement', labourMechanism: 'labour cooperation mechanism', schoolEnterprise: 'school–enterprise agreement', labourExport: 'labour export agreement', other: 'other agreement' } satisfies Record<AgreementType, string>,
    columns: { date: 'Date', event: 'Event', positionsOffered: 'Positions', jobSeekers: 'Job seekers', resumes: 'Résumés', intentions: 'Intentions', intentionsPoor: 'Registered poor', hired: 'Hired', trainees: 'Trainees', trainingHours: 'Hours' } satisfies Record<CountField | 'date' | 'event' | 'trainingHours', string>,
    total: 'Total',
    date: (d: string) => d,
    shortDate: (d: string) => d.slice(5),
    dateRange: (a: string, b: string) => (a === b ? a : `${a} to ${b}`),
    overview: (dates: string, people: number, destination: string) => `From ${dates}, ${people ? `a delegation of ${people}` : 'the delegation'} went to ${destination} for counterpart-support employment work.`,
    companiesLine: (companies: number, jobTypes: number, listings: number, headcount: number) =>
      `${companies} companies took part, bringing ${listings} job listings of ${jobTypes} job types, ${headcount} positions in all:`,
    company: (name: string, positions: string, headcount: number) => `${name}: ${positions}; ${headcount} in all`,
    position: (title: string, headcount: number) => `${title} ${headcount}`,
    group: (role: string, n: number, people: string) => `${role} (${n}): ${people}`,
    personWithOrg: (name: string, org: string) => `${name} (${org})`,
    day: (n: number, date: string) => `Day ${n} (${date})`,
    travel: (from: string, to: string) => `${from} to ${to}`,
    at: (what: string, place: string) => `${what} (${place})`,
    event: (o: { date: string; kind: string; title: string | null; place: string | null }) => `${o.date}: ${o.title ?? o.kind}${o.place ? ` at ${o.place}` : ''}`,
    figures: {
      positionsOffered: (v: string) => `${v} positions offered`,
      jobSeekers: (v: string) => `${v} job seekers`,
      resumes: (v: string) => `${v} résumés`,
      intentions: (v: string) => `${v} preliminary intentions`,
      intentionsPoor: (v: string) => `of which ${v} registered poor`,
      hired: (v: string) => `${v} hired`,
      trainees: (v: string) => `${v} trained`,
    } satisfies Record<CountField, (v: string) => string>,
    hours: (h: number) => `${h} hours of teaching`,
    notRecorded: 'outcome not recorded yet',
    totals: (parts: string[]) => `Trip totals: ${parts.join(', ')}.`,
    agreement: (a: { title: string; type: string; parties: string; copies: number; signedOn: string }) =>
      `${a.signedOn}: “${a.title}” (${a.type}) signed by ${a.parties}${a.copies > 1 ? `, ${a.copies} copies` : ''}.`,
    partiesSep: ' and ',
    sep: ', ',
    comma: ', ',
    hoursValue: (h: number) => `${h} h`,
    fileName: (title: string) => `Trip report-${title}`,
  },
} as const;

export type TripReportWords = (typeof TRIP_REPORT_WORDS)[ReportLang];
