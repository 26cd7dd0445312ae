// Texts of logs and diagnostics: Settings › 日志与诊断 and the error page (merged into i18n/zh.ts
// and en.ts under `diagnostics`, their errors under `errors`).
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const diagnosticsZh = {
  title: '日志与诊断',
  hint: '程序出错时，请把诊断信息文件发给单位的信息技术人员。日志只记录编号、数量和错误代码，不记录姓名、电话、身份证号或备注。',
  openLogFolder: '打开日志文件夹',
  export: '导出诊断信息',
  contains: '诊断信息文件（.zip）包含：',
  parts: {
    versions: '程序、Electron、Chromium、Node 和操作系统的版本',
    workspace: '当前工作区的结构版本和完整性检查结果（不含文件路径和名称）',
    settings: '设置（不含工作人员、同步用户名、计算机名和 WebDAV 账号）',
    logs: '最近 1,000 行日志（每天一个文件，保留 14 天）',
    crashDumps: '本机保存的崩溃转储（只保存在本机，从不自动上传）',
  },
  exported: '诊断信息已保存：{{path}}',
  versionLine: '版本：对口支援工作台 {{app}} · Electron {{electron}} · Chromium {{chromium}} · Node {{node}} · {{os}}',
  none: '—',
  errorPage: {
    title: '抱歉，程序出错了',
    explain: '这个页面遇到了意外错误，无法继续显示。已保存的数据不受影响；正在编辑但尚未保存的内容可能需要重新填写。错误已写入日志。',
    next: '可以先重新加载；如果问题反复出现，请复制错误信息，或在“设置 › 日志与诊断”中导出诊断信息，发给单位的信息技术人员。',
    details: '错误详情',
    copy: '复制错误信息',
    copied: '错误信息已复制',
    copyFailed: '无法写入剪贴板，请展开“错误详情”手动复制',
    reload: '重新加载',
    home: '返回概览',
  },
};

export const diagnosticsEn: Strings<typeof diagnosticsZh> = {
  title: 'Logs and diagnostics',
  hint: 'When the program fails, send the diagnostics file to your IT staff. Logs keep only ids, counts and error codes: no names, phone numbers, ID numbers or notes.',
  openLogFolder: 'Open log folder',
  export: 'Export diagnostics',
  contains: 'The diagnostics file (.zip) contains:',
  parts: {
    versions: 'The versions of the program, Electron, Chromium, Node and the operating system',
    workspace: "The open workspace's schema version and integrity check result (not its path or name)",
    settings: 'Settings (without staff, sync user and computer names, or the WebDAV account)',
    logs: 'The last 1,000 log lines (one file a day, kept 14 days)',
    crashDumps: 'Crash dumps kept on this computer (never uploaded)',
  },
  exported: 'Diagnostics saved: {{path}}',
  versionLine: 'Versions: Liaison Desk {{app}} · Electron {{electron}} · Chromium {{chromium}} · Node {{node}} · {{os}}',
  none: '—',
  errorPage: {
    title: 'Sorry, something went wrong',
    explain: 'This page ran into an unexpected error and cannot be shown. Saved data is not affected; edits not yet saved may need to be entered again. The error has been written to the log.',
    next: 'Try reloading first. If it keeps happening, copy the error details, or export diagnostics in Settings › Logs and diagnostics, and send them to your IT staff.',
    details: 'Error details',
    copy: 'Copy error details',
    copied: 'Error details copied',
    copyFailed: 'Could not write to the clipboard: open "Error details" and copy them by hand',
    reload: 'Reload',
    home: 'Back to overview',
  },
};

export const diagnosticsErrorsZh = {
  logFolderNoShell: '这里无法打开文件夹：需要桌面版程序',
  logFolderOpenFailed: '无法打开日志文件夹 {{path}}',
};

export const diagnosticsErrorsEn: typeof diagnosticsErrorsZh = {
  logFolderNoShell: 'Folders cannot be opened here: it needs the desktop app',
  logFolderOpenFailed: 'Could not open the log folder {{path}}',
};
