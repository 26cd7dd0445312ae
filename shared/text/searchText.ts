// What a search box sends. A query is never stored and lists filter as the user types, so
// it is cleaned instead of refused: characters the text rule refuses (controls, NUL,
// direction overrides, lone surrogates) and line breaks become spaces, which separate
// words; the query is trimmed and cut to its first `max` characters (whole characters,
// so an emoji is never halved). Quotes and FTS5 operators stay: the core quotes every word.
import { textProblem } from './characters';

export function cleanSearchText(raw: string, max: number): string {
  const chars = Array.from(raw, (ch) => (ch.length === 1 && textProblem(ch, false) ? ' ' : ch));
  return chars.join('').trim().split(/(?:)/u).slice(0, max).join('').trimEnd();
}
