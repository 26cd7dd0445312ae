// The one rule for the characters of stored text. Text typed or pasted by the user is
// kept exactly as given or refused naming the field: never cleaned behind their back.
//
// Refused everywhere:
// - C0 and C1 control characters (NUL, ESC, DEL, U+0080–U+009F): invisible, they break
//   exports and other programs' parsers and make two identical-looking names differ;
// - the bidirectional embedding, override and isolate characters U+202A–U+202E and
//   U+2066–U+2069 ("Trojan Source", CVE-2021-42574): they reorder what is displayed, so a
//   name or note can read differently from what is stored;
// - lone surrogates (half of a character): not text at all; UTF-8 encoders (SQLite,
//   exports) would silently turn them into U+FFFD.
// Allowed: U+200E/U+200F (LRM/RLM) and U+061C (ALM). They are marks, not embeddings:
// they only decide the direction of the neutral characters next to them and cannot
// reorder letters, so they cannot make text read other than it is stored; pasted
// right-to-left text (an address, a name) legitimately carries them. This is the same
// line that compilers' Trojan-Source checks draw. Likewise ZWJ (U+200D), which emoji need.
// Tab and line breaks (\n, \r, U+2028, U+2029) only in multi-line fields.

export type TextProblemKey = 'textControlChar' | 'textLineBreak' | 'textBidiControl' | 'textLoneSurrogate';

export interface TextProblem {
  key: TextProblemKey;
  /** The offending character as U+XXXX, for the message. */
  char: string;
}

const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const isControl = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f);
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** The first thing wrong with the characters of `text`, or null when every one is allowed. */
export function textProblem(text: string, multiline: boolean): TextProblem | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { key: 'textLoneSurrogate', char: codePoint(c) };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { key: 'textLoneSurrogate', char: codePoint(c) };
    if (isLineBreak(c)) {
      if (!multiline) return { key: 'textLineBreak', char: codePoint(c) };
      continue;
    }
    if (c === 0x09 && multiline) continue;
    if (isControl(c)) return { key: 'textControlChar', char: codePoint(c) };
    if (isBidiControl(c)) return { key: 'textBidiControl', char: codePoint(c) };
  }
  return null;
}
