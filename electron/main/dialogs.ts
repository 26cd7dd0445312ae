// The core's FileDialogs seam, answered with native dialogs. The renderer never
// supplies a path: the user picks it here, in the main process.
import { app, type BrowserWindow, dialog } from 'electron';
import { extname, join } from 'node:path';
import type { FileDialogs, FileFilter } from '../core';

const filters = [{ name: '工作区', extensions: ['sqlite'] }];
const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

/** GTK's save dialog does not add the extension the filter names. */
const withExtension = (path: string, ext = '.sqlite') => (extname(path).toLowerCase() === ext ? path : `${path}${ext}`);

export function nativeFileDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  const save = async (title: string, defaultName: string, kind: 'workspace' | 'pdf' = 'workspace') => {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      buttonLabel: '保存',
      filters: kind === 'pdf' ? pdfFilters : filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = getWindow();
    const { canceled, filePath } = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    return canceled || !filePath ? null : withExtension(filePath, kind === 'pdf' ? '.pdf' : '.sqlite');
  };

  return {
    chooseNewWorkspace: () => save('新建工作区', '新工作区.sqlite'),
    chooseCopyDestination: (suggestedName) => save('另存副本', suggestedName),
    choosePdfDestination: (suggestedName) => save('保存 PDF', suggestedName, 'pdf'),
    async chooseSaveDestination(suggestedName: string, fileFilters: FileFilter[]) {
      const options: Electron.SaveDialogOptions = {
        title: '导出',
        defaultPath: join(app.getPath('documents'), suggestedName),
        buttonLabel: '保存',
        filters: fileFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = getWindow();
      const { canceled, filePath } = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      const ext = fileFilters[0]?.extensions[0];
      return canceled || !filePath ? null : ext ? withExtension(filePath, `.${ext}`) : filePath;
    },
    async chooseFileToOpen(fileFilters: FileFilter[]) {
      const options: Electron.OpenDialogOptions = {
        title: '选择文件',
        defaultPath: app.getPath('documents'),
        buttonLabel: '打开',
        filters: fileFilters,
        properties: ['openFile'],
      };
      const win = getWindow();
      const { canceled, filePaths } = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return canceled ? null : (filePaths[0] ?? null);
    },
    async chooseFolder() {
      const options: Electron.OpenDialogOptions = {
        title: '选择文件夹',
        defaultPath: app.getPath('documents'),
        buttonLabel: '选择',
        properties: ['openDirectory', 'createDirectory'],
      };
      const win = getWindow();
      const { canceled, filePaths } = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return canceled ? null : (filePaths[0] ?? null);
    },
    async chooseWorkspaceToOpen() {
      const options: Electron.OpenDialogOptions = {
        title: '打开工作区',
        defaultPath: app.getPath('documents'),
        buttonLabel: '打开',
        filters,
        properties: ['openFile'],
      };
      const win = getWindow();
      const { canceled, filePaths } = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return canceled ? null : (filePaths[0] ?? null);
    },
  };
}
