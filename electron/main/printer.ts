// Prints an HTML report to PDF in a hidden window with Chromium's own printToPDF, the
// same engine the harness uses (page.pdf). The report is plain HTML built by the core:
// no scripts run in this window and it has no preload.
import { BrowserWindow } from 'electron';
import type { HtmlPrinter } from '../core';

export const chromiumPrinter: HtmlPrinter = {
  async toPdf(html) {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
    });
    try {
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      win.destroy();
    }
  },
};
