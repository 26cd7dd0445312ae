// The core's DesktopShell seam, answered with Electron: a saved file opened or shown in its
// folder (the core passes only paths it saved itself, see electron/core/files/savedFiles.ts), a
// report printed through the system's dialog, and the in-app language, which main.ts's menus and
// dialogs follow.
import { shell } from 'electron';
import type { DesktopShell } from '../core';
import type { Language } from '../shell/mainText';
import { printHtml } from './printing';

export function electronShell(host: { setLanguage(language: Language): void }): DesktopShell {
  return {
    openPath: (path) => shell.openPath(path),
    showItemInFolder: async (path) => shell.showItemInFolder(path),
    setLanguage: async (language) => host.setLanguage(language),
    print: printHtml,
  };
}
