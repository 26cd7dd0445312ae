// 打开文件 / 打开所在文件夹: a file the app saved, handed to the operating system through the
// desktop shell. Every refusal happens before the shell is asked, so a refused path never
// reaches it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { extensionOf, opensWithProgram } from '../../../shared/files/schema';
import { fail } from '../../../shared/result';
import type { CoreContext, DesktopShell } from '../context';
import { baseName } from '../exportLog/log';
import { wasSaved } from './savedFiles';

/** The shell, or a clear refusal where none answers (a bare core, a plain test). */
export function shellOf(ctx: CoreContext): DesktopShell {
  return ctx.shell ?? fail('WORKSPACE', 'shellUnavailable');
}

const refuse = (key: string, params?: Record<string, string>): never => fail('VALIDATION', key, params, [{ path: ['path'], key, ...(params ? { params } : {}) }]);

/** The saved file behind `filePath`, still there and still a file, as an absolute path. */
async function savedFile(ctx: CoreContext, filePath: string): Promise<string> {
  // Only a file this workspace saved in this run: never another path, never a folder.
  if (!wasSaved(ctx.session, filePath)) refuse('notASavedFile');
  const file = path.resolve(filePath);
  const found = await stat(file).catch(() => null);
  // Moved, renamed, deleted, or its USB stick pulled out since it was saved.
  if (!found?.isFile()) fail('NOT_FOUND', 'savedFileMissing', { name: baseName(file) });
  return file;
}

/**
 * What the system said when it had no program for the file. Electron passes the operating
 * system's own text (English on most systems): a known case gets a sentence of ours, the rest
 * is shown after ours as it came.
 */
const NO_PROGRAM = /no application|not associated|no (default )?app|no handler|找不到应用|没有与之关联/i;

export async function openSavedFile(ctx: CoreContext, filePath: string): Promise<void> {
  const shell = shellOf(ctx);
  const file = await savedFile(ctx, filePath);
  const ext = extensionOf(file);
  // See OPENABLE_EXTENSIONS: a file named like a program is shown in its folder, never run.
  if (!opensWithProgram(file)) refuse('fileTypeNotOpened', { ext: ext || '—' });
  const problem = await shell.openPath(file);
  if (!problem) return;
  if (NO_PROGRAM.test(problem)) fail('WORKSPACE', 'noProgramForFile', { ext });
  fail('WORKSPACE', 'openFileFailed', { name: baseName(file), reason: problem });
}

export async function showSavedFile(ctx: CoreContext, filePath: string): Promise<void> {
  const shell = shellOf(ctx);
  await shell.showItemInFolder(await savedFile(ctx, filePath));
}
