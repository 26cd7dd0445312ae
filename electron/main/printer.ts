// Prints an HTML report to PDF in a hidden window with Chromium's own printToPDF, the
// same engine the harness uses (page.pdf). The report is plain HTML built by the core:
// no scripts run in this window and it has no preload.
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { HtmlPrinter } from '../core';

export const chromiumPrinter: HtmlPrinter = {
  async toPdf(html) {
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
      return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      win.destroy();
      await rm(file, { force: true });
    }
  },
};
