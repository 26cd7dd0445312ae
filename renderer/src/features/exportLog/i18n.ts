// Texts of Settings › 导出记录 (merged into i18n/zh.ts and en.ts under `exportLog`). Datasets are
// named by exports.dataset; the reports here by the names of their documents.
import type { ExportLogKind, FileKey, ReportKey } from '../../../../shared/exportLog/schema';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const exportLogZh = {
  title: '导出记录',
  hint: '每次导出表格、保存或打印报告、保存协议扫描件或审核清单模板、保存工作区副本和备份到其他位置，都会在这里留下一条记录：内容、筛选条件、行数、文件名、操作人和时间。记录中不含人员姓名、电话或搜索词。',
  column: { at: '时间', kind: '类别', what: '内容', filter: '筛选条件', rows: '行数', fileName: '文件名', staff: '操作人' },
  kind: { export: '导出', report: '报告', copy: '工作区副本', backup: '备份到其他位置' } satisfies Record<ExportLogKind, string>,
  report: {
    vettingSummary: '审核摘要（PDF）',
    vettingSummaries: '企业审核摘要（PDF）',
    tripReportPdf: '工作简报（PDF）',
    tripReportDocx: '工作简报（Word）',
    itinerary: '行程单（PDF）',
    ics: '日历文件（.ics）',
    vettingSummaryPrinted: '审核摘要（打印）',
    tripReportPrinted: '工作简报（打印）',
    itineraryPrinted: '行程单（打印）',
  } satisfies Record<ReportKey, string>,
  file: { agreementDocument: '协议扫描件', template: '审核清单模板', diagnostics: '诊断信息' } satisfies Record<FileKey, string>,
  workspace: '整个工作区',
  field: {
    query: '含搜索词', status: '状态', townId: '街镇', industryId: '行业', tag: '标签', from: '起', to: '止', staffId: '走访人',
    companyId: '企业', companyIds: '企业数', jobTypeId: '工种', minPay: '月薪不低于', roomAndBoard: '包食宿', year: '年份',
    prefectureId: '州（市）', tripId: '出访', kind: '类型', agreementId: '协议', version: '版本',
  },
  fieldValue: '{{field}}：{{value}}',
  fieldSep: '；',
  gone: '（已删除）',
  noFilter: '—',
  noFile: '—（直接打印）',
  noStaff: '未选择身份',
  empty: '还没有导出记录',
  emptyHint: '导出表格、保存报告或保存工作区副本后，会在这里记下一条。',
  perPage: '每页',
  pageRange: '第 {{from}}–{{to}} 条，共 {{count}} 条',
};

export const exportLogEn: Strings<typeof exportLogZh> = {
  title: 'Export log',
  hint: 'Each spreadsheet export, saved or printed report, saved scanned agreement or checklist template, workspace copy and backup elsewhere leaves an entry here: what, filter, rows, file name, who and when. Entries hold no names, phone numbers or search terms.',
  column: { at: 'Time', kind: 'Kind', what: 'What', filter: 'Filter', rows: 'Rows', fileName: 'File name', staff: 'By' },
  kind: { export: 'Export', report: 'Report', copy: 'Workspace copy', backup: 'Backup elsewhere' },
  report: {
    vettingSummary: 'Vetting summary (PDF)',
    vettingSummaries: 'Vetting summaries (PDF)',
    tripReportPdf: 'Trip report (PDF)',
    tripReportDocx: 'Trip report (Word)',
    itinerary: 'Itinerary (PDF)',
    ics: 'Calendar (.ics)',
    vettingSummaryPrinted: 'Vetting summary (printed)',
    tripReportPrinted: 'Trip report (printed)',
    itineraryPrinted: 'Itinerary (printed)',
  },
  file: { agreementDocument: 'Scanned agreement', template: 'Checklist template', diagnostics: 'Diagnostics' },
  workspace: 'Whole workspace',
  field: {
    query: 'with a search term', status: 'Status', townId: 'Town', industryId: 'Industry', tag: 'Tag', from: 'From', to: 'To', staffId: 'Staff',
    companyId: 'Company', companyIds: 'Companies', jobTypeId: 'Job type', minPay: 'Pay at least', roomAndBoard: 'Room and board', year: 'Year',
    prefectureId: 'Prefecture', tripId: 'Trip', kind: 'Kind', agreementId: 'Agreement', version: 'Version',
  },
  fieldValue: '{{field}}: {{value}}',
  fieldSep: '; ',
  gone: '(deleted)',
  noFilter: '—',
  noFile: '— (printed directly)',
  noStaff: 'No one selected',
  empty: 'Nothing exported yet',
  emptyHint: 'Exporting a spreadsheet, saving a report or saving a copy of the workspace adds an entry here.',
  perPage: 'Per page',
  pageRange: '{{from}}–{{to}} of {{count}}',
};
