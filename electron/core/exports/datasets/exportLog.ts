// 导出记录: the export log itself, newest first, as Settings shows it. Exporting it is logged too.
import { localDay } from '../../../../shared/dates';
import type { Db } from '../../db/open';
import { exportLogChunks } from '../../exportLog/log';
import { filterText, KIND_LABELS, WHAT_LABELS } from '../../exportLog/labels';
import { CHUNK, col, type ExportSource, type Lang } from '../columns';

export const exportLogFileName = { zh: '导出记录', en: 'Export log' };

const L = {
  at: { zh: '时间', en: 'Time' },
  kind: { zh: '类别', en: 'Kind' },
  what: { zh: '内容', en: 'What' },
  filter: { zh: '筛选条件', en: 'Filter' },
  rows: { zh: '行数', en: 'Rows' },
  fileName: { zh: '文件名', en: 'File name' },
  staff: { zh: '操作人', en: 'By' },
};

/** The moment in this computer's time, as the screen shows it: 2026-12-04 15:52:21. */
function localTime(iso: string): string {
  const d = new Date(iso);
  return `${localDay(d)} ${[d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':')}`;
}

export function exportLogSource(db: Db, lang: Lang): ExportSource {
  const { n } = db.prepare('SELECT count(*) AS n FROM export_log').get() as { n: number };
  return {
    columns: [
      col(L.at, lang, 'text', 20), col(L.kind, lang, 'text', 12), col(L.what, lang, 'text', 20), col(L.filter, lang, 'text', 30),
      col(L.rows, lang, 'number', 8), col(L.fileName, lang, 'text', 36), col(L.staff, lang, 'text', 10),
    ],
    total: n,
    *chunks() {
      for (const entries of exportLogChunks(db, CHUNK)) {
        yield entries.map((e) => [localTime(e.at), KIND_LABELS[e.kind][lang], WHAT_LABELS[e.what]?.[lang] ?? e.what, filterText(e.filter, lang) || null, e.rows, e.fileName, e.staffName]);
      }
    },
  };
}
