// The core: everything the app does, with no Electron in it.
export type { CoreContext, DesktopShell, FileDialogs, FileFilter, HtmlPrinter } from './context';
export { createInvoker, writesWorkspace, type Invoke, type InvokeOptions } from './invoke';
export { WorkspaceSession } from './workspace/session';
export { removeLeftoverTempFiles } from './files/atomicSave';
