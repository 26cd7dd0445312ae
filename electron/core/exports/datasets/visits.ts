// 走访记录: the visits list as filtered on screen, with what was written at each visit.
import type { VisitCursor, VisitListInput } from '../../../../shared/visits/schema';
import type { Db } from '../../db/open';
import { exportVisits, listVisits } from '../../visits/repository';
import { CHUNK, col, type ExportSource, type Lang, yesNo } from '../columns';

export const visitFileName = { zh: '走访记录', en: 'Visits' };

const L = {
  date: { zh: '走访日期', en: 'Date' },
  company: { zh: '企业', en: 'Company' },
  town: { zh: '街镇', en: 'Town' },
  staff: { zh: '走访人员', en: 'Staff' },
  purpose: { zh: '走访目的', en: 'Purpose' },
  business: { zh: '经营情况', en: 'Business' },
  environment: { zh: '工作环境', en: 'Working conditions' },
  wages: { zh: '薪酬待遇', en: 'Wages' },
  lodging: { zh: '食宿情况', en: 'Room and board' },
  payMin: { zh: '月薪下限（元）', en: 'Pay from (yuan/month)' },
  payMax: { zh: '月薪上限（元）', en: 'Pay to (yuan/month)' },
  dorm: { zh: '提供宿舍', en: 'Dormitory' },
  perRoom: { zh: '每间人数', en: 'People per room' },
  meals: { zh: '提供餐食', en: 'Meals' },
  openFollowUps: { zh: '未完成跟进', en: 'Open follow-ups' },
  notes: { zh: '备注', en: 'Notes' },
};

export function visitsSource(db: Db, filter: VisitListInput, lang: Lang): ExportSource {
  const { total } = listVisits(db, { ...filter, offset: 0, limit: 1 });
  return {
    columns: [
      col(L.date, lang, 'date'), col(L.company, lang, 'text', 32), col(L.town, lang, 'text', 10), col(L.staff, lang, 'text', 14),
      col(L.purpose, lang, 'text', 24), col(L.business, lang, 'text', 30), col(L.environment, lang, 'text', 30), col(L.wages, lang, 'text', 30),
      col(L.lodging, lang, 'text', 30), col(L.payMin, lang, 'number', 12), col(L.payMax, lang, 'number', 12), col(L.dorm, lang, 'text', 8),
      col(L.perRoom, lang, 'number', 8), col(L.meals, lang, 'text', 8), col(L.openFollowUps, lang, 'number', 8), col(L.notes, lang, 'text', 30),
    ],
    total,
    *chunks() {
      // Each chunk starts after the last row of the one before (keyset paging): finding where
      // it starts is one index seek, where an offset would count out every row before it. Each
      // chunk is one read of its rows with everything written at the visits.
      let after: VisitCursor | null = null;
      for (;;) {
        const rows = exportVisits(db, { ...filter, after, offset: 0, limit: CHUNK });
        if (!rows.length) return;
        const last = rows[rows.length - 1]!;
        after = { visitDate: last.visitDate, id: last.id };
        yield rows.map((r) => [
          r.visitDate, r.companyName, r.townName, r.staffNames.join(lang === 'zh' ? '、' : ', ') || null, r.purpose,
          r.business, r.environment, r.wages, r.lodging, r.payMin, r.payMax,
          yesNo(r.dormProvided, lang), r.peoplePerRoom, yesNo(r.mealsProvided, lang), r.openFollowUps, r.notes,
        ]);
      }
    },
  };
}
