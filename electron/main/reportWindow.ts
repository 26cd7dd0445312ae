// A core-built report loaded in a hidden window, for Chromium to print it: to a PDF
// (printer.ts) or to paper through the system's print dialog (printing.ts). The report is plain
// HTML: no scripts run in this window, it has no preload and cannot navigate or open windows.
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, type WebContents } from 'electron';

export async function withReportWindow<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  // Loaded from a private temporary file, not a data: URL: Chromium caps URLs at 2 MB, and a
  // set of vetting summaries with photo thumbnails is larger than that.
  const file = join(tmpdir(), `liaison-report-${randomUUID()}.html`);
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await win.loadFile(file);
    return await use(win.webContents);
  } finally {
    win.destroy();
    await rm(file, { force: true });
  }
}
