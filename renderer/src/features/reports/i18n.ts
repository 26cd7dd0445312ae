// Texts of the reports: the Settings section that heads them and the export buttons
// (merged into i18n/zh.ts and en.ts under `reports`).
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const reportsZh = {
  settings: {
    title: '报告',
    hint: '导出的审核摘要、工作简报和行程安排都以单位名称（和标志）作版头。',
    unitName: '单位名称',
    unitNameHint: '印在每份报告顶部的发文单位',
    saved: '单位名称已保存',
    logo: '单位标志',
    logoHint: 'PNG 或 JPEG，不超过 512 KB；不上传则报告只印单位名称',
    noLogo: '未设置标志',
    upload: '上传标志',
    replace: '更换标志',
    remove: '移除标志',
    logoSaved: '标志已保存',
    logoRemoved: '标志已移除',
    preview: '版头预览',
  },
  vettingSummary: '导出审核摘要 (PDF)',
  vettingSummaryHint: '企业信息、审核结论与签核人、各部分得分、未通过项及整改事项',
  tripSummaries: '导出参与企业审核摘要',
  tripSummariesTitle: '导出参与企业审核摘要',
  selectionSummaries: '导出所选企业审核摘要（{{count}}）',
  selectionSummariesTitle: '导出所选企业审核摘要',
  noVetting: '这家企业还没有已签核的审核',
  saved: '已保存到 {{path}}',
  summariesSaved: '已将 {{count}} 家企业的审核摘要保存到 {{path}}',
};

export const reportsEn: Strings<typeof reportsZh> = {
  settings: {
    title: 'Reports',
    hint: 'Exported vetting summaries, trip briefs and itineraries are headed by the unit name (and logo).',
    unitName: 'Unit name',
    unitNameHint: 'The issuing unit printed at the top of every report',
    saved: 'Unit name saved',
    logo: 'Logo',
    logoHint: 'PNG or JPEG, at most 512 KB; without one, reports carry the unit name only',
    noLogo: 'No logo',
    upload: 'Upload logo',
    replace: 'Replace logo',
    remove: 'Remove logo',
    logoSaved: 'Logo saved',
    logoRemoved: 'Logo removed',
    preview: 'Masthead preview',
  },
  vettingSummary: 'Export vetting summary (PDF)',
  vettingSummaryHint: 'Company facts, verdict and sign-off, section scores, failed items and follow-up actions',
  tripSummaries: 'Export participants’ vetting summaries',
  tripSummariesTitle: 'Export participants’ vetting summaries',
  selectionSummaries: 'Export vetting summaries of selected ({{count}})',
  selectionSummariesTitle: 'Export vetting summaries of selected companies',
  noVetting: 'This company has no signed-off vetting yet',
  saved: 'Saved to {{path}}',
  summariesSaved: 'Saved the vetting summaries of {{count}} companies to {{path}}',
};
