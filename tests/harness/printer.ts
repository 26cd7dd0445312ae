// The app prints reports with Electron's printToPDF (electron/main/printer.ts); tests and the
// bench print the same HTML with Playwright's page.pdf in the Debian Chromium, with the same
// page settings. One definition, so every test prints as the others do.
import type { Browser } from '@playwright/test';
import type { HtmlPrinter } from '../../electron/core';

export const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true } as const;

export function pagePrinter(browser: Browser): HtmlPrinter {
  return {
    async toPdf(html) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(PDF_OPTIONS);
      } finally {
        await page.close();
      }
    },
  };
}
