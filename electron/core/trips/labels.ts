// Words the printable itinerary and the .ics export put next to the data, in the two
// languages of the app. The core builds these documents itself (no renderer, no i18n
// runtime), so the few labels live here.
import type { ItemKind, TravelMode, TripStatus } from '../../../shared/trips/schema';
import { MEMBER_ROLE_LABELS } from '../../../shared/trips/roleLabels';

export type ReportLang = 'zh' | 'en';

export const ITEM_KIND_LABELS: Record<ReportLang, Record<ItemKind, string>> = {
  zh: { travel: '行程交通', lodging: '住宿', jobFair: '招聘会', training: '技能培训', seminar: '座谈', signing: '签约', campusRecruitment: '校园招聘', siteVisit: '实地考察', other: '其他' },
  en: { travel: 'Travel', lodging: 'Lodging', jobFair: 'Job fair', training: 'Skills training', seminar: 'Seminar', signing: 'Agreement signing', campusRecruitment: 'Campus recruitment', siteVisit: 'Site visit', other: 'Other' },
};

export const TRAVEL_MODE_LABELS: Record<ReportLang, Record<TravelMode, string>> = {
  zh: { flight: '航班', train: '火车', coach: '大巴', car: '汽车' },
  en: { flight: 'Flight', train: 'Train', coach: 'Coach', car: 'Car' },
};

// One source with the trip screens (shared/trips/roleLabels.ts).
export { MEMBER_ROLE_LABELS };

export const TRIP_STATUS_LABELS: Record<ReportLang, Record<TripStatus, string>> = {
  zh: { planning: '筹备中', confirmed: '已确定', underway: '进行中', done: '已完成', cancelled: '已取消' },
  en: { planning: 'Planning', confirmed: 'Confirmed', underway: 'Under way', done: 'Done', cancelled: 'Cancelled' },
};

export const WORDS = {
  zh: {
    people: '参加人员',
    everyone: '全体代表团',
    companies: '参加企业',
    contact: '当地联系人',
    notes: '备注',
    track: '分组',
    itinerary: '行程安排',
    destination: '目的地',
    dates: '日期',
    purpose: '事由',
    status: '状态',
    delegation: '代表团成员',
    name: '姓名',
    role: '身份',
    organisation: '单位',
    phone: '电话',
    time: '时间',
    item: '事项',
    place: '地点',
    details: '说明',
    positions: '职位',
    headcount: '招聘人数',
    company: '企业',
    noItems: '当日无安排',
    totals: (c: number, p: number, h: number) => `参加企业 ${c} 家，职位 ${p} 个，招聘 ${h} 人`,
    day: (n: number) => `第${n}天`,
    weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    date: (y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`,
    travelLeg: (mode: string, no: string | null, from: string, to: string) => `${mode}${no ? ` ${no}` : ''}：${from} → ${to}`,
    listSep: '、',
  },
  en: {
    people: 'People',
    everyone: 'Whole delegation',
    companies: 'Companies',
    contact: 'Local contact',
    notes: 'Notes',
    track: 'Track',
    itinerary: 'Itinerary',
    destination: 'Destination',
    dates: 'Dates',
    purpose: 'Purpose',
    status: 'Status',
    delegation: 'Delegation',
    name: 'Name',
    role: 'Role',
    organisation: 'Organisation',
    phone: 'Phone',
    time: 'Time',
    item: 'Item',
    place: 'Place',
    details: 'Details',
    positions: 'Job listings',
    headcount: 'Headcount',
    company: 'Company',
    noItems: 'Nothing planned',
    totals: (c: number, p: number, h: number) => `${c} companies, ${p} job listings, ${h} people wanted`,
    day: (n: number) => `Day ${n}`,
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    date: (y: string, m: string, d: string) => `${y}-${m}-${d}`,
    travelLeg: (mode: string, no: string | null, from: string, to: string) => `${mode}${no ? ` ${no}` : ''}: ${from} → ${to}`,
    listSep: ', ',
  },
} as const;

type Trip = import('../../../shared/trips/contract').Trip;
type Item = Trip['items'][number];

/** The facts of one item in words: who, which companies, the travel leg, the local contact. */
export function itemFacts(trip: Trip, item: Item, lang: ReportLang) {
  const w = WORDS[lang];
  const members = new Map(trip.members.map((m) => [m.id, m.name]));
  const companies = new Map(trip.participants.map((p) => [p.companyId, p.companyName]));
  const kind = ITEM_KIND_LABELS[lang][item.kind];
  const travelMode = item.travel ? `${TRAVEL_MODE_LABELS[lang][item.travel.mode]}${item.travel.number ? ` ${item.travel.number}` : ''}` : null;
  const travel = item.travel ? w.travelLeg(TRAVEL_MODE_LABELS[lang][item.travel.mode], item.travel.number, item.travel.from, item.travel.to) : null;
  const contact = [item.localContact, item.localContactPhone].filter(Boolean).join(' ') || null;
  return {
    kind,
    /** The item's own title, else the travel leg, else its kind. */
    title: item.title ?? travel ?? kind,
    people: item.memberIds.map((id) => members.get(id)).filter((n): n is string => !!n),
    companies: item.companyIds.map((id) => companies.get(id)).filter((n): n is string => !!n),
    travel,
    /** The leg's mode and number (航班 MU5903), without the route. */
    travelMode,
    contact,
  };
}

/** Items in time order: by start, then end; ties keep the stored order. */
export const inTimeOrder = (items: readonly Item[]) =>
  [...items].sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.endsAt < b.endsAt ? -1 : a.endsAt > b.endsAt ? 1 : 0));
