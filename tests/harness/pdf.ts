// Reads a printed PDF back as text with poppler's pdftotext, the "real reader" of our PDFs.
// A machine without it fails the test with the way to install it (.ci/run installs it):
// a skipped check would look like a passing one.
import { execFileSync } from 'node:child_process';

export const PDFTOTEXT_MISSING = 'pdftotext is missing: apt-get install -y poppler-utils (.ci/run installs it)';

/** The PDF's text as UTF-8; pages are separated by form feeds. `layout` keeps table columns apart. */
export function pdfText(file: string, { layout = false } = {}): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', layout ? '-layout' : '-raw', file, '-'], { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(PDFTOTEXT_MISSING, { cause: e });
    throw e;
  }
}
