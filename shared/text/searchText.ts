// What a search box sends. A query is never stored and lists filter as the user types, so
// it is cleaned instead of refused: its first `max` characters after leading spaces are
// kept (whole characters, so an emoji is never halved; the rest is never even read, so a
// megabyte of pasted text costs nothing), characters the text rule refuses (controls, NUL,
// direction overrides, lone surrogates) and line breaks become spaces, which separate
// words, and the ends are trimmed. Quotes and FTS5 operators stay: the core quotes every word.
import { textProblem } from './characters';

export function cleanSearchText(raw: string, max: number): string {
  let out = '';
  let count = 0;
  for (const ch of raw.trimStart()) {
    if (count++ === max) break;
    out += ch.length === 1 && textProblem(ch, false) ? ' ' : ch;
  }
  return out.trim();
}
