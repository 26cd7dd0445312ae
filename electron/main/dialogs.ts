// The core's FileDialogs seam, answered with native dialogs. The renderer never
// supplies a path: the user picks it here, in the main process. Titles, buttons and the
// workspace filter are in the in-app language at the moment each dialog opens.
import { app, type BrowserWindow, dialog } from 'electron';
import { extname, join } from 'node:path';
import type { FileDialogs, FileFilter } from '../core';
import type { MainTexts } from '../shell/mainText';

/** GTK's save dialog does not add the extension the filter names. */
const withExtension = (path: string, ext = '.sqlite') => (extname(path).toLowerCase() === ext ? path : `${path}${ext}`);

export function nativeFileDialogs(getWindow: () => BrowserWindow | null, texts: () => MainTexts): FileDialogs {
  const workspaceFilters = () => [{ name: texts().dialogs.workspaceFilter, extensions: ['sqlite'] }];
  const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

  const save = async (title: string, defaultName: string, kind: 'workspace' | 'pdf' = 'workspace') => {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      buttonLabel: texts().dialogs.save,
      filters: kind === 'pdf' ? pdfFilters : workspaceFilters(),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = getWindow();
    const { canceled, filePath } = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    return canceled || !filePath ? null : withExtension(filePath, kind === 'pdf' ? '.pdf' : '.sqlite');
  };

  const open = async (options: Electron.OpenDialogOptions) => {
    const win = getWindow();
    const { canceled, filePaths } = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    return canceled ? null : (filePaths[0] ?? null);
  };

  return {
    chooseNewWorkspace: () => save(texts().dialogs.newWorkspace, texts().dialogs.newWorkspaceName),
    chooseCopyDestination: (suggestedName) => save(texts().dialogs.saveCopy, suggestedName),
    choosePdfDestination: (suggestedName) => save(texts().dialogs.savePdf, suggestedName, 'pdf'),
    async chooseSaveDestination(suggestedName: string, fileFilters: FileFilter[]) {
      const options: Electron.SaveDialogOptions = {
        title: texts().dialogs.export,
        defaultPath: join(app.getPath('documents'), suggestedName),
        buttonLabel: texts().dialogs.save,
        filters: fileFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = getWindow();
      const { canceled, filePath } = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      const ext = fileFilters[0]?.extensions[0];
      return canceled || !filePath ? null : ext ? withExtension(filePath, `.${ext}`) : filePath;
    },
    chooseFileToOpen: (fileFilters: FileFilter[]) =>
      open({
        title: texts().dialogs.chooseFile,
        defaultPath: app.getPath('documents'),
        buttonLabel: texts().dialogs.open,
        filters: fileFilters,
        properties: ['openFile'],
      }),
    chooseFolder: () =>
      open({
        title: texts().dialogs.chooseFolder,
        defaultPath: app.getPath('documents'),
        buttonLabel: texts().dialogs.choose,
        properties: ['openDirectory', 'createDirectory'],
      }),
    chooseWorkspaceToOpen: () =>
      open({
        title: texts().dialogs.openWorkspace,
        defaultPath: app.getPath('documents'),
        buttonLabel: texts().dialogs.open,
        filters: workspaceFilters(),
        properties: ['openFile'],
      }),
  };
}
