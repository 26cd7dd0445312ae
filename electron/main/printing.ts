// 打印…: a report printed through the system's print dialog. Like printer.ts (the PDF), the
// core's HTML is loaded in a hidden window with no scripts and no preload; then Chromium's own
// print dialog lets the user pick the printer, copies and pages.
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/** What Electron's callback says when the user closed the dialog: not a failure. */
const CANCELLED = /cancel/i;

/** Prints `html`; false when the user cancelled, rejects with the printer's reason when it failed. */
export async function printHtml(html: string): Promise<boolean> {
  // A private temporary file, not a data: URL: Chromium caps URLs at 2 MB (photos in summaries).
  const file = join(tmpdir(), `liaison-print-${randomUUID()}.html`);
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await win.loadFile(file);
    return await new Promise<boolean>((resolve, reject) => {
      // silent: false shows the system dialog; backgrounds carry the tables' shading and the logo.
      win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success) resolve(true);
        else if (CANCELLED.test(failureReason)) resolve(false);
        else reject(new Error(failureReason || 'Print job failed'));
      });
    });
  } finally {
    win.destroy();
    await rm(file, { force: true });
  }
}
