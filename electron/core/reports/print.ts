// Printing a report: the user picks where the PDF goes in a native save dialog, Chromium
// prints the HTML (printToPDF in the app, page.pdf in the harness), the file is written.
// Where no Chromium is at hand (a bare core) printing says so instead of failing inside.
import { rm, writeFile } from 'node:fs/promises';
import { fail } from '../../../shared/result';
import type { CoreContext } from '../handlers';

/** The printer, or a clear refusal when this core has none. */
export function printerOf(ctx: CoreContext) {
  return ctx.printer ?? fail('WORKSPACE', 'printingUnavailable');
}

/** Prints `html` to `path`; a failed write leaves no half-written file behind. */
export async function printTo(ctx: CoreContext, html: string, path: string): Promise<{ path: string }> {
  const pdf = await printerOf(ctx).toPdf(html);
  try {
    await writeFile(path, pdf);
  } catch (e) {
    await rm(path, { force: true });
    throw e;
  }
  return { path };
}

/** Asks where to save, prints and writes the PDF; null when the user cancelled the dialog. */
export async function printReport(ctx: CoreContext, html: string, suggestedName: string): Promise<{ path: string } | null> {
  printerOf(ctx); // refuse before asking for a file we could not print
  const path = await ctx.dialogs.choosePdfDestination(suggestedName);
  if (!path) return null;
  return printTo(ctx, html, path);
}
