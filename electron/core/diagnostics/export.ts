// 导出诊断信息: the parts of contents.ts in one .zip where the user picks, written like every
// other saved file (a temporary file beside it, renamed when whole) and recorded in the export
// log. fflate makes the zip: no dependencies, no install script, MIT, and already shipped
// inside the core as docx's zip writer; zipSync over a few MB of text and dumps is quick.
import { zipSync } from 'fflate';
import { safeFileName } from '../../../shared/fileNames';
import type { CoreContext } from '../context';
import { recordExport } from '../exportLog/log';
import { dayOf } from '../logs/logFiles';
import { log } from '../logs/log';
import { saveReport } from '../reports/print';
import { diagnosticsEntries } from './contents';

/** 诊断信息-2026-12-04.zip: the day the user exported it, as the log files are named. */
export const diagnosticsFileName = (now: Date) => safeFileName(`诊断信息-${dayOf(now)}`, 'zip');

export async function exportDiagnostics(ctx: CoreContext, now = new Date()): Promise<{ path: string } | null> {
  const path = await ctx.dialogs.chooseSaveDestination(diagnosticsFileName(now), [{ name: 'Zip', extensions: ['zip'] }]);
  if (!path) return null;
  const entries = diagnosticsEntries(ctx, now);
  const zip = zipSync(entries, { level: 6, mtime: now });
  await saveReport(ctx, path, zip);
  log.info('diagnostics.exported', { count: Object.keys(entries).length, bytes: zip.length });
  // A read-only or absent workspace takes no entry; the file is written all the same.
  if (ctx.session.openPath) recordExport(ctx.session, { kind: 'export', what: 'diagnostics', path });
  return { path };
}
