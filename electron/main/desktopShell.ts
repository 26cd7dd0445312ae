// The core's DesktopShell seam, answered with Electron: a saved file opened or shown in its
// folder. The core passes only paths it saved itself (see electron/core/files/opened.ts).
// Downloading and installing updates is electron-updater's (updater.ts).
import { shell } from 'electron';
import type { DesktopShell } from '../core';
import { electronUpdater } from './updater';

export function electronShell(): DesktopShell {
  return {
    openPath: (path) => shell.openPath(path),
    showItemInFolder: async (path) => shell.showItemInFolder(path),
    ...electronUpdater(),
  };
}
