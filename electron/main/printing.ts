// 打印…: a report printed through the system's print dialog. Like the PDF (printer.ts), the
// core's HTML is loaded in a hidden window (reportWindow.ts); Chromium's print dialog then lets
// the user pick the printer, copies and pages.
import { withReportWindow } from './reportWindow';

/** What Electron's callback says when the user closed the dialog: not a failure. */
const CANCELLED = /cancel/i;

/** Prints `html`; false when the user cancelled, rejects with the printer's reason when it failed. */
export function printHtml(html: string): Promise<boolean> {
  return withReportWindow(
    html,
    (contents) =>
      new Promise<boolean>((resolve, reject) => {
        // silent: false shows the system dialog; backgrounds carry the tables' shading and the logo.
        contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (CANCELLED.test(failureReason)) resolve(false);
          else reject(new Error(failureReason || 'Print job failed'));
        });
      }),
  );
}
