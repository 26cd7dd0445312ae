// The desktop shell as tests answer it (vitest and the e2e fixtures alike): every call the user
// asked for is recorded as { method, args } so a test can check that "open folder" reached the
// shell with the saved path; nothing is opened or printed. What the shell answers can be set per
// test. The language the window tells at every start is kept apart (`languages`), so a test of a
// button sees only the calls that button made.
import type { DesktopShell } from '../context';
import type { UpdateDownloadOutcome, UpdateProgress } from '../updates/updaterShell';

export class RecordingShell implements DesktopShell {
  readonly calls: { method: keyof DesktopShell; args: unknown[] }[] = [];
  /** Each printed report's whole HTML (a call records only its length and title). */
  readonly printed: string[] = [];
  /** Every language the window told the shell (at each start and each switch), in order. */
  readonly languages: ('zh' | 'en')[] = [];
  /** What shell.openPath says: '' when it opened, else the system's error text. */
  openAnswer = '';
  /** What the print dialog ends with: true printed, false cancelled (or a rejection: the printer failed). */
  printAnswer: () => Promise<boolean> = () => Promise.resolve(true);

  private record(method: keyof DesktopShell, args: unknown[]) {
    this.calls.push({ method, args });
  }
  openPath = (path: string) => (this.record('openPath', [path]), Promise.resolve(this.openAnswer));
  showItemInFolder = (path: string) => (this.record('showItemInFolder', [path]), Promise.resolve());
  setLanguage = (language: 'zh' | 'en') => (this.languages.push(language), Promise.resolve());
  print = (html: string) => {
    this.record('print', [{ length: html.length, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '' }]);
    this.printed.push(html);
    return this.printAnswer();
  };

  // electron-updater's part: a download runs until the test ends it with finishDownload(), and
  // reports whatever progress the test sets meanwhile (polled, so not recorded as a call).
  /** Bytes of the download under way, as the test sets them. */
  downloadProgress: UpdateProgress = { transferred: 0, total: 0 };
  private downloading: ((outcome: UpdateDownloadOutcome) => void) | null = null;
  updateDownload = (feedUrl: string, version: string) => {
    this.record('updateDownload', [feedUrl, version]);
    return new Promise<UpdateDownloadOutcome>((resolve) => (this.downloading = resolve));
  };
  updateProgress = () => Promise.resolve(this.downloading ? this.downloadProgress : null);
  updateCancel = () => (this.record('updateCancel', []), this.finishDownload({ ok: false, reason: 'cancelled' }), Promise.resolve());
  updateInstall = () => (this.record('updateInstall', []), Promise.resolve(true));
  /** Ends the download under way: by default downloaded and verified. */
  finishDownload(outcome: UpdateDownloadOutcome = { ok: true }): void {
    const resolve = this.downloading;
    this.downloading = null;
    resolve?.(outcome);
  }
}
