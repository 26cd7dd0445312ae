// The export log in words, for its own export (the screen has the same words in the renderer's
// i18n): the kind, what was exported in the dataset's or report's name, the filter's fields.
import type { ExportLogKind, LoggedFilter } from '../../../shared/exportLog/schema';
import type { Label, Lang } from '../exports/columns';
import { ITEM_KIND_LABELS } from '../trips/labels';
import { companyFileName, STATUS_LABELS } from '../exports/datasets/companies';
import { outcomeFileName } from '../exports/datasets/outcomes';
import { placementFileName } from '../exports/datasets/placements';
import { positionFileName } from '../exports/datasets/positions';
import { vettingFileName } from '../exports/datasets/vettings';
import { visitFileName } from '../exports/datasets/visits';

export const KIND_LABELS: Record<ExportLogKind, Label> = {
  export: { zh: '导出', en: 'Export' },
  report: { zh: '报告', en: 'Report' },
  copy: { zh: '工作区副本', en: 'Workspace copy' },
  backup: { zh: '备份到其他位置', en: 'Backup elsewhere' },
};

/** Datasets by their export file names' words, reports by the names their screens use. */
export const WHAT_LABELS: Record<string, Label> = {
  companies: companyFileName,
  visits: visitFileName,
  vettings: vettingFileName,
  positions: positionFileName,
  outcomes: outcomeFileName,
  placements: placementFileName,
  exportLog: { zh: '导出记录', en: 'Export log' },
  agreementDocument: { zh: '协议扫描件', en: 'Scanned agreement' },
  template: { zh: '审核清单模板', en: 'Checklist template' },
  diagnostics: { zh: '诊断信息', en: 'Diagnostics' },
  vettingSummary: { zh: '审核摘要（PDF）', en: 'Vetting summary (PDF)' },
  vettingSummaries: { zh: '企业审核摘要（PDF）', en: 'Vetting summaries (PDF)' },
  tripReportPdf: { zh: '工作简报（PDF）', en: 'Trip report (PDF)' },
  tripReportDocx: { zh: '工作简报（Word）', en: 'Trip report (Word)' },
  itinerary: { zh: '行程单（PDF）', en: 'Itinerary (PDF)' },
  ics: { zh: '日历文件（.ics）', en: 'Calendar (.ics)' },
  vettingSummaryPrinted: { zh: '审核摘要（打印）', en: 'Vetting summary (printed)' },
  tripReportPrinted: { zh: '工作简报（打印）', en: 'Trip report (printed)' },
  itineraryPrinted: { zh: '行程单（打印）', en: 'Itinerary (printed)' },
  workspace: { zh: '整个工作区', en: 'Whole workspace' },
};

const FIELD_LABELS: Record<string, Label> = {
  query: { zh: '含搜索词', en: 'with a search term' },
  status: { zh: '状态', en: 'Status' },
  townId: { zh: '街镇', en: 'Town' },
  industryId: { zh: '行业', en: 'Industry' },
  tag: { zh: '标签', en: 'Tag' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  staffId: { zh: '走访人', en: 'Staff' },
  companyId: { zh: '企业', en: 'Company' },
  companyIds: { zh: '企业数', en: 'Companies' },
  jobTypeId: { zh: '工种', en: 'Job type' },
  minPay: { zh: '月薪不低于', en: 'Pay at least' },
  roomAndBoard: { zh: '包食宿', en: 'Room and board' },
  year: { zh: '年份', en: 'Year' },
  prefectureId: { zh: '州（市）', en: 'Prefecture' },
  tripId: { zh: '出访', en: 'Trip' },
  kind: { zh: '类型', en: 'Kind' },
  agreementId: { zh: '协议', en: 'Agreement' },
  version: { zh: '版本', en: 'Version' },
};

/** A value in words: a company status or event kind by its label, a record that is gone as such. */
function valueText(key: string, v: LoggedFilter[string], lang: Lang): string {
  if (v === null) return lang === 'zh' ? '（已删除）' : '(deleted)';
  const labels: Record<string, string> | undefined = key === 'status' ? STATUS_LABELS[lang] : key === 'kind' ? ITEM_KIND_LABELS[lang] : undefined;
  return labels?.[String(v)] ?? String(v);
}

/** e.g. "街镇：华亭镇；含搜索词"; a record that is gone reads as "（已删除）". */
export function filterText(filter: LoggedFilter, lang: Lang): string {
  return Object.entries(filter)
    .map(([key, v]) => {
      const label = FIELD_LABELS[key]?.[lang] ?? key;
      if (v === true) return label;
      return `${label}${lang === 'zh' ? '：' : ': '}${valueText(key, v, lang)}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}
