// Prints an HTML report to PDF with Chromium's own printToPDF, the same engine the harness
// uses (page.pdf), in a hidden window (reportWindow.ts).
import type { HtmlPrinter } from '../core';
import { withReportWindow } from './reportWindow';

export const chromiumPrinter: HtmlPrinter = {
  toPdf: (html) => withReportWindow(html, (contents) => contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })),
};
