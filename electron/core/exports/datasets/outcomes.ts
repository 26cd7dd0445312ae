// 台账: the outcomes ledger (every job fair, campus recruitment and training with its figures).
//
// A count may be approximate ("400余": 400 and a little more). Each figure gets two columns:
// the number as a numeric cell, so Excel can sum and chart it, and the figure as reported
// ("400余" / "400+") in a text column next to it, so the 余 the partners wrote is not lost and
// the sheet can be printed as the ledger reads. A number cell cannot carry the 余 itself.
import type { OutcomeListInput } from '../../../../shared/outcomes/schema';
import { COUNT_FIELDS } from '../../../../shared/outcomes/schema';
import { formatCount } from '../../../../shared/outcomes/counts';
import type { Db } from '../../db/open';
import { listOutcomes } from '../../outcomes/service';
import { type Cell, col, type Column, type ExportSource, inChunks, type Label, type Lang } from '../columns';

export const outcomeFileName = { zh: '成效台账', en: 'Outcomes ledger' };

const L = {
  date: { zh: '日期', en: 'Date' },
  trip: { zh: '出访', en: 'Trip' },
  prefecture: { zh: '州（市）', en: 'Prefecture' },
  county: { zh: '县（市）', en: 'County' },
  kind: { zh: '类型', en: 'Kind' },
  title: { zh: '活动', en: 'Event' },
  place: { zh: '地点', en: 'Place' },
  recorded: { zh: '已登记成效', en: 'Figures recorded' },
  trainingHours: { zh: '培训课时', en: 'Training hours' },
};

const FIELDS: Record<(typeof COUNT_FIELDS)[number], Label> = {
  positionsOffered: { zh: '提供岗位', en: 'Positions offered' },
  jobSeekers: { zh: '入场求职者', en: 'Job seekers' },
  resumes: { zh: '投递简历', en: 'Résumés' },
  intentions: { zh: '初步意向', en: 'Hiring intentions' },
  intentionsPoor: { zh: '其中建档立卡贫困劳动力', en: 'Of which registered poor' },
  hired: { zh: '录用', en: 'Hired' },
  trainees: { zh: '培训人数', en: 'Trainees' },
};
const REPORTED = { zh: '（原文）', en: ' (as reported)' };

const KINDS = {
  zh: { jobFair: '招聘会', campusRecruitment: '校园招聘', training: '技能培训' },
  en: { jobFair: 'Job fair', campusRecruitment: 'Campus recruitment', training: 'Skills training' },
} as const;

export function outcomesSource(db: Db, filter: OutcomeListInput, lang: Lang): ExportSource {
  const rows = listOutcomes(db, filter);
  const countColumns: Column[] = COUNT_FIELDS.flatMap((f) => [
    col(FIELDS[f], lang, 'number', 10),
    col({ zh: FIELDS[f].zh + REPORTED.zh, en: FIELDS[f].en + REPORTED.en }, lang, 'text', 10),
  ]);
  return {
    columns: [
      col(L.date, lang, 'date'), col(L.trip, lang, 'text', 30), col(L.prefecture, lang, 'text', 10), col(L.county, lang, 'text', 10),
      col(L.kind, lang, 'text', 10), col(L.title, lang, 'text', 24), col(L.place, lang, 'text', 16), col(L.recorded, lang, 'text', 8),
      ...countColumns, col(L.trainingHours, lang, 'number'),
    ],
    total: rows.length,
    chunks: () =>
      inChunks(rows, (r): Cell[] => [
        r.date, r.tripTitle, r.prefectureName, r.countyName, KINDS[lang][r.kind], r.title, r.place, lang === 'zh' ? (r.recorded ? '是' : '否') : r.recorded ? 'Yes' : 'No',
        ...COUNT_FIELDS.flatMap((f) => [r[f]?.value ?? null, r[f] ? formatCount(r[f], lang) : null]),
        r.trainingHours,
      ]),
  };
}
