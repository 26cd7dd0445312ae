// What every handler and job is given: the open workspace and the seams to the world outside
// the core (native dialogs, Chromium printing). In the app these seams are answered by the
// main process over the worker's message port; in tests by stand-ins.
import type { ParseElsewhere } from './imports/xlsxThread';
import type { WorkspaceSession } from './workspace/session';

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

export interface CoreContext {
  session: WorkspaceSession;
  dialogs: FileDialogs;
  /** Absent where no Chromium is at hand; printing then says so. */
  printer?: HtmlPrinter;
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
