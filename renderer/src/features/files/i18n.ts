// Texts of the saved-file actions (打开文件 / 打开所在文件夹) and of printing to a printer
// (merged into i18n/zh.ts and en.ts under `files`, their errors under `errors`).
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const filesZh = {
  openFile: '打开文件',
  showInFolder: '打开所在文件夹',
  print: '打印…',
  printing: '正在打印…',
  printed: '已发送到打印机',
};

export const filesEn: Strings<typeof filesZh> = {
  openFile: 'Open file',
  showInFolder: 'Show in folder',
  print: 'Print…',
  printing: 'Printing…',
  printed: 'Sent to the printer',
};

export const fileErrorsZh = {
  notASavedFile: '只能打开本程序在这次运行中保存的文件',
  savedFileMissing: '找不到“{{name}}”：保存后它已被移动、改名或删除',
  fileTypeNotOpened: '为安全起见，不直接打开 .{{ext}} 文件；请点“打开所在文件夹”查看',
  noProgramForFile: '这台电脑上没有能打开 .{{ext}} 文件的程序，请先安装一个，或点“打开所在文件夹”',
  openFileFailed: '无法打开“{{name}}”（系统提示：{{reason}}）',
  shellUnavailable: '这里无法打开文件或直接打印：需要桌面版程序',
  printFailed: '打印失败（打印机提示：{{reason}}）',
};

export const fileErrorsEn: typeof fileErrorsZh = {
  notASavedFile: 'Only files this app saved since it started can be opened',
  savedFileMissing: '“{{name}}” cannot be found: it was moved, renamed or deleted after it was saved',
  fileTypeNotOpened: 'For safety, .{{ext}} files are not opened directly; use “Show in folder”',
  noProgramForFile: 'No program on this computer opens .{{ext}} files: install one, or use “Show in folder”',
  openFileFailed: 'Cannot open “{{name}}” (the system says: {{reason}})',
  shellUnavailable: 'Opening files and printing directly need the desktop app',
  printFailed: 'Printing failed (the printer says: {{reason}})',
};
