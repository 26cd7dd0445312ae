// Texts of long-running jobs (the JobDialog) and of the export menus, merged into i18n/zh.ts
// and en.ts under `jobs` and `exports`.
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const jobsZh = {
  starting: '正在准备…',
  progress: '{{done}} / {{total}}',
  cancel: '取消',
  cancelling: '正在取消…',
  cancelled: '已取消，没有留下任何文件或记录。',
  close: '关闭',
  done: '已完成。',
  saved: '已保存到 {{path}}',
  exported: '已导出 {{rows}} 行到 {{path}}',
  failed: '未能完成：{{message}}',
  stage: {
    reading: '正在读取数据',
    writing: '正在写入文件',
    saving: '正在保存文件',
    checking: '正在检查',
    importing: '正在导入',
    printing: '正在生成 PDF',
    buildingPages: '正在整理各企业的审核摘要',
  },
};

export const jobsEn: Strings<typeof jobsZh> = {
  starting: 'Getting ready…',
  progress: '{{done}} / {{total}}',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  cancelled: 'Cancelled; no file or record was left behind.',
  close: 'Close',
  done: 'Done.',
  saved: 'Saved to {{path}}',
  exported: 'Exported {{rows}} rows to {{path}}',
  failed: 'Could not finish: {{message}}',
  stage: {
    reading: 'Reading the data',
    writing: 'Writing the file',
    saving: 'Saving the file',
    checking: 'Checking',
    importing: 'Importing',
    printing: 'Making the PDF',
    buildingPages: 'Laying out each company’s summary',
  },
};

/** Error messages of jobs and exports (spread into the `errors` section). */
export const jobErrorsZh = {
  jobNotFound: '找不到这项任务（可能已结束超过十分钟），请重新开始。',
  exportWriteFailed: '无法写入文件 {{path}}：请检查文件是否在其他程序中打开，或换一个位置保存。',
};

export const jobErrorsEn: Strings<typeof jobErrorsZh> = {
  jobNotFound: 'This task is no longer known (it may have ended over ten minutes ago); please start it again.',
  exportWriteFailed: 'Could not write {{path}}: check that the file is not open in another program, or save it somewhere else.',
};

export const exportsZh = {
  button: '导出',
  xlsx: 'Excel（.xlsx）',
  csv: 'CSV（逗号分隔，UTF-8）',
  title: '导出{{name}}',
  usesFilters: '按当前筛选条件导出',
  dataset: { companies: '企业名录', visits: '走访记录', vettings: '审核结果', positions: '职位表', outcomes: '成效台账', placements: '转移就业', exportLog: '导出记录' },
};

export const exportsEn: Strings<typeof exportsZh> = {
  button: 'Export',
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV (comma-separated, UTF-8)',
  title: 'Export {{name}}',
  usesFilters: 'Exports what the current filters show',
  dataset: { companies: 'companies', visits: 'visits', vettings: 'vetting results', positions: 'positions', outcomes: 'outcomes ledger', placements: 'placements', exportLog: 'export log' },
};
