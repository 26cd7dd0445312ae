// Formula injection (OWASP "CSV Injection"): a cell whose text starts with = + - @, a tab or a
// carriage return is run as a formula by Excel and LibreOffice when the file is opened, and
// the text comes from users, imports or a crafted workspace (`=HYPERLINK(...)`,
// `-2+3+cmd|' /C calc'!A0`). Such a text gets a leading apostrophe, which keeps it text. A
// plain number ("-12", "+3.5", "1e5") is left alone: it is a value, not a formula, and the
// apostrophe would only spoil it.

const RISKY_START = /^[=+\-@\t\r]/;
/** A whole decimal number, optionally signed, with an optional exponent; nothing else. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `text` as it may go into a spreadsheet cell (CSV and XLSX alike). */
export function formulaSafe(text: string): string {
  return RISKY_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
