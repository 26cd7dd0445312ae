// The core's DesktopShell seam, answered with Electron: a saved file opened or shown in its
// folder. The core passes only paths it saved itself (see electron/core/files/opened.ts).
import { shell } from 'electron';
import type { DesktopShell } from '../core';

export function electronShell(): DesktopShell {
  return {
    openPath: (path) => shell.openPath(path),
    showItemInFolder: async (path) => shell.showItemInFolder(path),
  };
}
