// Test helper (not a test): LibreOffice as the "real reader" of what we export. Each call
// uses its own throwaway profile (-env:UserInstallation) so parallel test runs don't fight
// over one profile's lock. When soffice is missing the calling test must fail, not skip.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const LIBREOFFICE_MISSING =
  'LibreOffice (soffice) is not installed; these tests read exported files with it. Install it: ' +
  'sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui';

/** Targets for `--convert-to`: CSV as UTF-8 (76) with commas (44) and double quotes (34). */
export const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76';
/** Plain text as UTF-8 whatever the machine's locale (plain 'txt:Text' writes the locale's charset: '?' under C). */
export const TEXT_UTF8 = 'txt:Text (encoded):UTF8';
/** `infilter` for reading a CSV as UTF-8 with commas and quotes (without it LibreOffice guesses the charset). */
export const CSV_UTF8_IN = 'CSV:44,34,76,1';

function soffice(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat('/usr/bin', '/usr/lib/libreoffice/program')) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
  }
  throw new Error(LIBREOFFICE_MISSING);
}

/**
 * Converts `file` with LibreOffice headless (`target` e.g. CSV_UTF8, 'pdf', 'txt:Text') into
 * `outDir` and returns the converted file's path. Throws with LibreOffice's output when it fails.
 */
export async function convertWithLibreOffice(file: string, target: string, outDir: string, options: { infilter?: string } = {}): Promise<string> {
  const bin = soffice();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  try {
    fs.mkdirSync(outDir, { recursive: true });
    const { stdout, stderr } = await run(
      bin,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...(options.infilter ? [`--infilter=${options.infilter}`] : []), '--convert-to', target, '--outdir', outDir, file],
      // A UTF-8 locale, as the harness gives Chromium: CI runs with none, and LibreOffice then
      // writes Chinese file names and text as '?'.
      { timeout: 120_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
    );
    const ext = target.split(':')[0]!;
    const out = path.join(outDir, `${path.parse(file).name}.${ext}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}:\n${stdout}\n${stderr}`);
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Parses the CSV LibreOffice writes (RFC 4180 quoting) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}
