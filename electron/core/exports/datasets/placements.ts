// 转移就业: arrival batches with the employers that took them, as filtered on the placements screen.
import type { PlacementFilter } from '../../../../shared/placements/schema';
import type { Db } from '../../db/open';
import { listPlacements } from '../../placements/service';
import { col, type ExportSource, inChunks, type Lang } from '../columns';

export const placementFileName = { zh: '转移就业', en: 'Placements' };

const L = {
  arrivedOn: { zh: '到岗日期', en: 'Arrived on' },
  prefecture: { zh: '州（市）', en: 'Prefecture' },
  county: { zh: '县（市）', en: 'County' },
  trip: { zh: '出访', en: 'Trip' },
  workers: { zh: '到岗人数', en: 'Workers' },
  poor: { zh: '其中建档立卡贫困劳动力', en: 'Of which registered poor' },
  employers: { zh: '用人企业', en: 'Employers' },
  employerCount: { zh: '企业数', en: 'Employers (count)' },
  unassigned: { zh: '未分配人数', en: 'Not assigned' },
  notes: { zh: '备注', en: 'Notes' },
};

export function placementsSource(db: Db, filter: PlacementFilter, lang: Lang): ExportSource {
  const { batches } = listPlacements(db, filter);
  return {
    columns: [
      col(L.arrivedOn, lang, 'date'), col(L.prefecture, lang, 'text', 10), col(L.county, lang, 'text', 10), col(L.trip, lang, 'text', 30),
      col(L.workers, lang, 'number'), col(L.poor, lang, 'number', 12), col(L.employers, lang, 'text', 48), col(L.employerCount, lang, 'number', 8),
      col(L.unassigned, lang, 'number'), col(L.notes, lang, 'text', 24),
    ],
    total: batches.length,
    chunks: () =>
      inChunks(batches, (b) => [
        b.arrivedOn, b.prefectureName, b.countyName, b.tripTitle, b.workers, b.poor,
        b.employers.map((e) => (lang === 'zh' ? `${e.companyName} ${e.workers}人` : `${e.companyName} (${e.workers})`)).join(lang === 'zh' ? '；' : '; ') || null,
        b.employers.length, b.unassigned, b.notes,
      ]),
  };
}
