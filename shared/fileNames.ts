// File names the app suggests or makes from what people typed (a trip's title, a company's
// name, a workspace's name). One set of rules, so that a name made here also works on a
// colleague's Windows PC, a USB stick (FAT32, exFAT) or a network share:
//
//  - Characters Windows refuses in a name (\ / : * ? " < > |) and control characters (C0, DEL,
//    C1, the bidirectional overrides that can make "报告‮fdp.exe" look like a PDF, and lone
//    UTF-16 surrogates, which no file system can store) become "_", a run of them one "_".
//    Line breaks and tabs become a space first: they separate words.
//  - Spaces and dots go from both ends: Windows drops trailing ones silently (so "报告." and
//    "报告" would be one file), a leading dot hides a file on macOS and Linux, and "." and ".."
//    are not names at all.
//  - Windows' device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, also with the superscript
//    digits ¹²³, CONIN$, CONOUT$) cannot be a name's first part, with or without an extension
//    ("nul.txt" opens the null device): such a name gets "_" after the device word.
//  - At most 255 bytes of UTF-8 with the extension, cut between characters: the limit of ext4,
//    APFS and most Linux and macOS file systems, 85 Chinese characters (3 bytes each). NTFS,
//    FAT32 and exFAT count 255 UTF-16 units instead, which are never more than the UTF-8 bytes.
//  - Nothing left: the fallback.

/** The longest file name, in UTF-8 bytes, that common file systems take. */
export const MAX_FILE_NAME_BYTES = 255;

const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const REFUSED = /[\\/:*?"<>|\p{Cc}\u202a-\u202e\u2066-\u2069\p{Cs}]+/gu;
const ENDS = /^[\s.]+|[\s.]+$/gu;
const DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(?= *(?:\.|$))/i;

/** How many bytes `s` takes in UTF-8. */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `s` that takes at most `maxBytes` bytes in UTF-8, never half a character. */
export function truncateUtf8(s: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    bytes += utf8Length(ch);
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}

const tidy = (s: string) => s.replace(LINE_BREAKS_AND_TABS, ' ').replace(REFUSED, '_').replace(ENDS, '');

/**
 * A file name made from `stem` (a title, a name, with any words the app adds) and `extension`
 * (without its dot; '' for none) that every common file system accepts; `fallback` when
 * nothing of the stem is left.
 *
 *     safeFileName('赴迪庆/德钦: 招聘-行程', 'pdf')  →  '赴迪庆_德钦_ 招聘-行程.pdf'
 *     safeFileName('CON', 'sqlite')                →  'CON_.sqlite'
 */
export function safeFileName(stem: string, extension: string, fallback = 'untitled'): string {
  const tail = extension ? `.${extension}` : '';
  const tidied = tidy(stem).replace(DEVICE, '$&_');
  // Cutting may leave a space or a dot at the new end; the device word, at the start, stays.
  const cut = truncateUtf8(tidied, MAX_FILE_NAME_BYTES - utf8Length(tail)).replace(ENDS, '');
  return `${cut || fallback}${tail}`;
}
