// Texts of the trip report (工作简报) menu (merged into i18n/zh.ts and en.ts under `tripReport`).
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const tripReportZh = {
  button: '工作简报',
  pdf: 'PDF（打印、发送）',
  docx: 'Word (.docx)（可编辑）',
  saving: '正在生成工作简报…',
  savedPdf: '已保存工作简报 PDF：{{path}}',
  savedDocx: '已保存工作简报 Word 文档：{{path}}',
};

export const tripReportEn: Strings<typeof tripReportZh> = {
  button: 'Trip report',
  pdf: 'PDF (print, send)',
  docx: 'Word (.docx) (editable)',
  saving: 'Making the trip report…',
  savedPdf: 'Trip report saved as PDF: {{path}}',
  savedDocx: 'Trip report saved as Word document: {{path}}',
};
