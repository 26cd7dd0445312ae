// The application menu as plain data: labels from mainText.ts, Electron roles for what Chromium
// does itself (editing, zoom), and command names for what main.ts does. electron/main/menu.ts
// turns it into an Electron menu; keeping it here lets menuTemplate.test.ts check both languages.
import type { MainTexts } from './mainText';

/** What main.ts does when an item is clicked. */
export type MenuCommand =
  | 'newWorkspace'
  | 'openWorkspace'
  | 'saveCopy'
  | 'openExample'
  | 'openLogFolder'
  | 'exportDiagnostics'
  | 'checkUpdates'
  | 'about';

/** The subset of Electron's menu roles the app uses (electron/main/menu.ts passes them on as they are). */
export type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

export type MenuSpecItem =
  | { type: 'separator' }
  | { label: string; role: MenuRole; accelerator?: string }
  | { label: string; command: MenuCommand; accelerator?: string };

export interface MenuSpec {
  label: string;
  submenu: MenuSpecItem[];
}

const separator = { type: 'separator' } as const;

export function menuTemplate(t: MainTexts['menu'], options: { isPackaged: boolean; isMac: boolean }): MenuSpec[] {
  return [
    {
      label: t.file,
      submenu: [
        { label: t.newWorkspace, command: 'newWorkspace', accelerator: 'CmdOrCtrl+Shift+N' },
        { label: t.openWorkspace, command: 'openWorkspace', accelerator: 'CmdOrCtrl+O' },
        { label: t.saveCopy, command: 'saveCopy', accelerator: 'CmdOrCtrl+Shift+S' },
        separator,
        { label: t.openExample, command: 'openExample' },
        separator,
        // macOS gives Quit its own accelerator (Cmd+Q); elsewhere Electron's role has none.
        options.isMac ? { label: t.quit, role: 'quit' } : { label: t.quit, role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        separator,
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        // Reload and the developer tools are for development: an installed copy has neither.
        ...(options.isPackaged ? [] : [{ label: t.reload, role: 'reload' } as const, { label: t.devTools, role: 'toggleDevTools' } as const, separator]),
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        separator,
        { label: t.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      submenu: [
        { label: t.checkUpdates, command: 'checkUpdates' },
        separator,
        { label: t.openLogFolder, command: 'openLogFolder' },
        { label: t.exportDiagnostics, command: 'exportDiagnostics' },
        separator,
        { label: t.about, command: 'about' },
      ],
    },
  ];
}
