// What every handler and job is given: the open workspace and the seams to the world outside
// the core (native dialogs, Chromium printing). In the app these seams are answered by the
// main process over the worker's message port; in tests by stand-ins.
import type { ParseElsewhere } from './imports/xlsxThread';
import type { WorkspaceSession } from './workspace/session';
import type { UpdaterShell } from './updates/updaterShell';

/**
 * The native file dialogs, passed in: Electron shows real ones, tests answer with paths. Every
 * `suggestedName` is made by safeFileName (shared/fileNames.ts), so the dialogs show it as it is.
 */
export interface FileDialogs {
  chooseNewWorkspace(): Promise<string | null>;
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseCopyDestination(suggestedName: string): Promise<string | null>;
  /** Where to save a printed report (PDF). */
  choosePdfDestination(suggestedName: string): Promise<string | null>;
  /** Where to save an exported file; `suggestedName` carries the extension of the first filter. */
  chooseSaveDestination(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  /** A file to read (an import); null when the user cancels. */
  chooseFileToOpen(filters: FileFilter[]): Promise<string | null>;
  /** A folder (team sync's place: a USB stick, a mapped drive); null when the user cancels. */
  chooseFolder(): Promise<string | null>;
}

/** A file-type filter of a native dialog, e.g. { name: 'Excel', extensions: ['xlsx'] }. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Prints an HTML report to PDF with Chromium: printToPDF in the app, page.pdf in the harness. */
export interface HtmlPrinter {
  toPdf(html: string): Promise<Uint8Array>;
}

/**
 * What only the desktop shell can do besides dialogs and PDFs, asked for by the core: hand a
 * saved file to the operating system, print through the system's print dialog, follow the
 * in-app language in menus and native dialogs, and electron-updater's download and install.
 * Electron answers with `shell`, `webContents.print` and its menus (electron/main/desktopShell.ts);
 * the test harness records the calls (tests/e2e/fixtures.ts StubShell). Each method is small and
 * takes only JSON-safe values; the core passes only a path it saved itself (files/savedFiles.ts).
 */
export interface DesktopShell extends UpdaterShell {
  /** Opens a file the app saved with its program (shell.openPath); '' or the system's error text. */
  openPath(path: string): Promise<string>;
  /** Shows a saved file selected in its folder (shell.showItemInFolder). */
  showItemInFolder(path: string): Promise<void>;
  /** The in-app language switched (app.setLanguage): menus, the right-click menu and native dialogs follow it. */
  setLanguage(language: 'zh' | 'en'): Promise<void>;
  /**
   * Prints an HTML report through the system's print dialog (the user picks the printer);
   * false when they cancelled it. Rejects when the printer failed.
   */
  print(html: string): Promise<boolean>;
}

/**
 * What the host tells the core about itself at start (for 导出诊断信息 and the error page's
 * 复制错误信息): its versions and the folder where Electron's crashReporter keeps dumps. The
 * harness passes what it has (no Electron, no dumps).
 */
export interface HostFacts {
  app?: string;
  electron?: string;
  chromium?: string;
  /** app.getPath('crashDumps'): kept locally, never uploaded. */
  crashDumpsDir?: string;
}

export interface CoreContext {
  session: WorkspaceSession;
  dialogs: FileDialogs;
  /** Absent where no Chromium is at hand; printing then says so. */
  printer?: HtmlPrinter;
  /** Absent where no desktop shell answers (plain tests); the channels that need it then say so. */
  shell?: DesktopShell;
  /** The host's versions and crash-dump folder (absent in plain tests). */
  host?: HostFacts;
  /** The app's own folder (Electron's userData): the example workspace is built there. */
  dataDir: string;
  /** Told after the open workspace changed (the shell updates the window title). */
  onWorkspaceChanged?: () => void;
  /**
   * Expands an import's workbook in a thread of its own (the core's worker thread passes
   * imports/xlsxThread.ts parseInThread), so calls and a cancel are answered meanwhile.
   * Without it the workbook is expanded on the core's thread.
   */
  parseXlsxElsewhere?: ParseElsewhere;
}
