// Printing a report: the user picks where the PDF goes in a native save dialog, Chromium
// prints the HTML (printToPDF in the app, page.pdf in the harness), the file is written.
// Where no Chromium is at hand (a bare core) printing says so instead of failing inside.
import { fail } from '../../../shared/result';
import { saveBytes } from '../files/atomicSave';
import type { CoreContext } from '../context';

/** The printer, or a clear refusal when this core has none. */
export function printerOf(ctx: CoreContext) {
  return ctx.printer ?? fail('WORKSPACE', 'printingUnavailable');
}

/**
 * Saves a report's bytes as `path`, all or nothing (files/atomicSave: a failed or killed write
 * leaves no debris, and a file being replaced stays as it was until the new one is complete).
 */
export async function saveReport(ctx: CoreContext, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await saveBytes(ctx.dataDir, path, bytes);
  } catch (e) {
    // A file system refusal (no such folder, read-only, the file open in Word on Windows) is
    // the user's to fix, with the same message as an export's.
    if (e instanceof Error && 'syscall' in e) fail('WORKSPACE', 'exportWriteFailed', { path });
    throw e;
  }
}

/** Prints `html` to `path`. */
export async function printTo(ctx: CoreContext, html: string, path: string): Promise<{ path: string }> {
  const pdf = await printerOf(ctx).toPdf(html);
  await saveReport(ctx, path, pdf);
  return { path };
}

/** Asks where to save, prints and writes the PDF; null when the user cancelled the dialog. */
export async function printReport(ctx: CoreContext, html: string, suggestedName: string): Promise<{ path: string } | null> {
  printerOf(ctx); // refuse before asking for a file we could not print
  const path = await ctx.dialogs.choosePdfDestination(suggestedName);
  if (!path) return null;
  return printTo(ctx, html, path);
}
