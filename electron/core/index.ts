// The core: everything the app does, with no Electron in it.
export { createInvoker, writesWorkspace, type CoreContext, type FileDialogs, type FileFilter, type HtmlPrinter, type InvokeOptions } from './handlers';
export { WorkspaceSession } from './workspace/session';
export { removeLeftoverTempFiles } from './files/atomicSave';
