// The core's DesktopShell seam, answered with Electron: a saved file opened or shown in its
// folder, a report printed through the system's dialog. The core passes only paths it saved
// itself (see electron/core/files/savedFiles.ts).
import { shell } from 'electron';
import type { DesktopShell } from '../core';
import { printHtml } from './printing';

export function electronShell(): DesktopShell {
  return {
    openPath: (path) => shell.openPath(path),
    showItemInFolder: async (path) => shell.showItemInFolder(path),
    print: printHtml,
  };
}
