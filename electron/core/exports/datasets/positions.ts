// 职位表: the positions a job fair prints, as filtered on the positions screen.
import type { PositionListInput } from '../../../../shared/positions/schema';
import type { Db } from '../../db/open';
import { listPositions } from '../../positions/repository';
import { col, type ExportSource, inChunks, type Lang, yesNo } from '../columns';

export const positionFileName = { zh: '职位表', en: 'Positions' };

const L = {
  company: { zh: '企业', en: 'Company' },
  town: { zh: '街镇', en: 'Town' },
  jobType: { zh: '工种', en: 'Job type' },
  title: { zh: '职位名称', en: 'Position' },
  headcount: { zh: '招聘人数', en: 'Headcount' },
  payMin: { zh: '月薪下限（元）', en: 'Pay from (yuan/month)' },
  payMax: { zh: '月薪上限（元）', en: 'Pay to (yuan/month)' },
  hoursPerDay: { zh: '每天工时', en: 'Hours a day' },
  daysPerWeek: { zh: '每周天数', en: 'Days a week' },
  shifts: { zh: '班次', en: 'Shifts' },
  room: { zh: '包住', en: 'Room included' },
  board: { zh: '包吃', en: 'Board included' },
  requirements: { zh: '任职要求', en: 'Requirements' },
  notes: { zh: '备注', en: 'Notes' },
};

const SHIFTS = {
  zh: { day: '白班', twoShifts: '两班倒', threeShifts: '三班倒', rotating: '轮班', night: '夜班', flexible: '弹性' },
  en: { day: 'Day shift', twoShifts: 'Two shifts', threeShifts: 'Three shifts', rotating: 'Rotating', night: 'Night shift', flexible: 'Flexible' },
} as const;
const EDUCATION = {
  zh: { none: '学历不限', primary: '小学', juniorHigh: '初中', seniorHigh: '高中', vocational: '中专/技校', college: '大专', bachelor: '本科' },
  en: { none: 'Any education', primary: 'Primary school', juniorHigh: 'Junior high', seniorHigh: 'Senior high', vocational: 'Vocational school', college: 'College', bachelor: "Bachelor's" },
} as const;

function ageText(min: number | null, max: number | null, lang: Lang): string | null {
  if (min === null && max === null) return null;
  const unit = lang === 'zh' ? '岁' : ' years';
  if (min !== null && max !== null) return `${min}–${max}${unit}`;
  return min !== null ? (lang === 'zh' ? `${min}岁以上` : `${min}+ years`) : lang === 'zh' ? `${max}岁以下` : `up to ${max} years`;
}

export function positionsSource(db: Db, filter: PositionListInput, lang: Lang): ExportSource {
  // The list query has no paging: one job fair's positions number in the hundreds.
  const positions = listPositions(db, filter);
  return {
    columns: [
      col(L.company, lang, 'text', 32), col(L.town, lang, 'text', 10), col(L.jobType, lang, 'text', 12), col(L.title, lang, 'text', 18),
      col(L.headcount, lang, 'number'), col(L.payMin, lang, 'number', 12), col(L.payMax, lang, 'number', 12), col(L.hoursPerDay, lang, 'number'),
      col(L.daysPerWeek, lang, 'number'), col(L.shifts, lang, 'text', 10), col(L.room, lang, 'text', 8), col(L.board, lang, 'text', 8),
      col(L.requirements, lang, 'text', 36), col(L.notes, lang, 'text', 24),
    ],
    total: positions.length,
    chunks: () =>
      inChunks(positions, (p) => [
        p.companyName, p.townName, p.jobTypeName, p.title, p.headcount, p.payMin, p.payMax, p.hoursPerDay, p.daysPerWeek,
        p.shifts ? SHIFTS[lang][p.shifts] : p.hoursNote, yesNo(p.roomIncluded, lang), yesNo(p.boardIncluded, lang),
        [ageText(p.ageMin, p.ageMax, lang), p.education ? EDUCATION[lang][p.education] : null, p.skills, p.certificates].filter(Boolean).join(lang === 'zh' ? '；' : '; ') || null,
        p.notes,
      ]),
  };
}
