// The core's DesktopShell seam, answered with Electron: a saved file opened or shown in its
// folder (the core passes only paths it saved itself, see electron/core/files/savedFiles.ts), a
// report printed through the system's dialog, the in-app language, which main.ts's menus and
// dialogs follow, and downloading and installing updates (electron-updater's, updater.ts).
import { shell } from 'electron';
import type { DesktopShell } from '../core';
import type { Language } from '../shell/mainText';
import { printHtml } from './printing';
import { electronUpdater } from './updater';

export function electronShell(host: { setLanguage(language: Language): void }): DesktopShell {
  return {
    openPath: (path) => shell.openPath(path),
    showItemInFolder: async (path) => shell.showItemInFolder(path),
    setLanguage: async (language) => host.setLanguage(language),
    print: printHtml,
    ...electronUpdater(),
  };
}
