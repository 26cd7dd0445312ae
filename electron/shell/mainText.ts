// Every text the main process shows (menus, native dialogs, message boxes), in both of the
// app's languages. The renderer tells the main process which one the user picked (app.setLanguage);
// the main process reads it from app-settings.json at start for its first dialogs. One table, and
// `en` is typed by `zh`, so a text missing in either language is a compile error; mainText.test.ts
// checks that English has no Chinese in it and Chinese no stray English.
import type { AppSettings } from '../core/appSettings/appSettings';

export type Language = AppSettings['language'];

const zh = {
  /** The locale dates in dialogs are written in. */
  locale: 'zh-CN',
  menu: {
    file: '文件',
    newWorkspace: '新建工作区…',
    openWorkspace: '打开工作区…',
    saveCopy: '另存副本…',
    openExample: '打开示例工作区',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    help: '帮助',
    openLogFolder: '打开日志文件夹',
    exportDiagnostics: '导出诊断信息…',
    checkUpdates: '检查更新…',
    about: '关于',
  },
  /** What a refusal from the core means, by its key; others show as "code: key". */
  errors: {
    workspaceUnreadable: '无法读取该文件：它不是工作区，或已损坏。',
    notAWorkspace: '不是本程序的工作区。',
    workspaceNeedsKey: '此工作区已加密，本机没有它的密钥：请在“设置 › 工作区”中输入口令打开。',
    workspaceMissing: '找不到该工作区文件。',
    workspaceTooNew: '该工作区由更新版本的程序创建，请先升级本程序。',
    copyOntoItself: '不能把副本保存到当前打开的工作区文件上。',
    noWorkspace: '没有打开的工作区。',
  },
  startFailed: '启动失败',
  cannotStart: '无法启动',
  cannotOpenWorkspace: '无法打开工作区',
  cannotOpenLast: '无法打开上次的工作区',
  openingDefault: (fallback: string) => `将打开默认工作区：${fallback}`,
  recovery: {
    message: (failure: string) => `无法打开上次的工作区：${failure}`,
    detail: (date: string, companies: number, visits: number) =>
      `有一个通过完整性检查的备份：${date}（${companies} 家企业，${visits} 条走访）。恢复它吗？无法打开的文件会改名保留在原处。`,
    restore: '恢复此备份',
    openDefault: '打开默认工作区',
    failed: '恢复失败',
  },
  operationFailed: '操作失败',
  copySaved: { title: '另存副本', message: '副本已保存。' },
  about: {
    title: '关于',
    workspace: (path: string) => `工作区：${path}`,
  },
  diagnostics: { title: '导出诊断信息', message: '诊断信息已保存。' },
  unsaved: {
    title: '有未保存的修改',
    switchedMessage: '当前页面有未保存的修改。',
    switchedDetail: (name: string) => `这些修改属于之前的工作区「${name}」。可以放弃它们并切换到新的工作区，或回到之前的工作区继续编辑。`,
    discardAndSwitch: '放弃修改并切换',
    goBack: '回到之前的工作区',
    closeMessage: '当前页面有未保存的修改，确定要放弃吗？',
    discard: '放弃修改',
    keepEditing: '继续编辑',
    cannotGoBack: '无法回到之前的工作区',
  },
  dialogs: {
    workspaceFilter: '工作区',
    newWorkspace: '新建工作区',
    newWorkspaceName: '新工作区.sqlite',
    saveCopy: '另存副本',
    savePdf: '保存 PDF',
    export: '导出',
    chooseFile: '选择文件',
    chooseFolder: '选择文件夹',
    openWorkspace: '打开工作区',
    save: '保存',
    open: '打开',
    choose: '选择',
  },
};

export type MainTexts = typeof zh;

const en: MainTexts = {
  locale: 'en-US',
  menu: {
    file: 'File',
    newWorkspace: 'New workspace…',
    openWorkspace: 'Open workspace…',
    saveCopy: 'Save a copy…',
    openExample: 'Open the example workspace',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    help: 'Help',
    openLogFolder: 'Open the log folder',
    exportDiagnostics: 'Export diagnostics…',
    checkUpdates: 'Check for updates…',
    about: 'About',
  },
  errors: {
    workspaceUnreadable: 'The file cannot be read: it is not a workspace, or it is damaged.',
    notAWorkspace: 'This is not a workspace of this program.',
    workspaceNeedsKey: 'This workspace is encrypted and this computer does not have its key: open it with its passphrase in Settings › Workspace.',
    workspaceMissing: 'The workspace file cannot be found.',
    workspaceTooNew: 'This workspace was made by a newer version of the program: please update the program first.',
    copyOntoItself: 'A copy cannot be saved over the workspace file that is open.',
    noWorkspace: 'No workspace is open.',
  },
  startFailed: 'Could not start',
  cannotStart: 'Cannot start',
  cannotOpenWorkspace: 'Cannot open the workspace',
  cannotOpenLast: 'Cannot open the last workspace',
  openingDefault: (fallback) => `The default workspace will open: ${fallback}`,
  recovery: {
    message: (failure) => `Cannot open the last workspace: ${failure}`,
    detail: (date, companies, visits) =>
      `There is a backup that passes the integrity check: ${date} (${companies} employers, ${visits} visits). Restore it? The file that cannot be opened is kept where it is under another name.`,
    restore: 'Restore this backup',
    openDefault: 'Open the default workspace',
    failed: 'Restoring failed',
  },
  operationFailed: 'The operation failed',
  copySaved: { title: 'Save a copy', message: 'The copy has been saved.' },
  about: {
    title: 'About',
    workspace: (path) => `Workspace: ${path}`,
  },
  diagnostics: { title: 'Export diagnostics', message: 'The diagnostics have been saved.' },
  unsaved: {
    title: 'Unsaved changes',
    switchedMessage: 'This page has unsaved changes.',
    switchedDetail: (name) =>
      `They belong to the previous workspace "${name}". You can discard them and switch to the new workspace, or go back to the previous workspace and keep editing.`,
    discardAndSwitch: 'Discard and switch',
    goBack: 'Back to the previous workspace',
    closeMessage: 'This page has unsaved changes. Discard them?',
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
    cannotGoBack: 'Cannot go back to the previous workspace',
  },
  dialogs: {
    workspaceFilter: 'Workspace',
    newWorkspace: 'New workspace',
    newWorkspaceName: 'New workspace.sqlite',
    saveCopy: 'Save a copy',
    savePdf: 'Save PDF',
    export: 'Export',
    chooseFile: 'Choose a file',
    chooseFolder: 'Choose a folder',
    openWorkspace: 'Open workspace',
    save: 'Save',
    open: 'Open',
    choose: 'Choose',
  },
};

export const MAIN_TEXTS: Record<Language, MainTexts> = { zh, en };

export const mainTexts = (language: Language): MainTexts => MAIN_TEXTS[language];

/** A refusal from the core in words: the known keys, else its code and key (a bug to report). */
export const describeError = (t: MainTexts, error: { code: string; key: string }): string =>
  Object.hasOwn(t.errors, error.key) ? t.errors[error.key as keyof MainTexts['errors']] : `${error.code}: ${error.key}`;
