// What may be written to a log file. Logs leave the building (导出诊断信息 goes to IT staff or
// to us), so they hold ids, counts and codes, never a person's name, phone, ID number or a
// note. Two guards make that the easy path:
//   - fields are structured and each key has a kind (logFields.ts): an id must look like one,
//     a count must be a number, a code must be a short identifier; anything else is masked;
//   - free text (an error's message and stack, a renderer's report) goes through redactText,
//     which masks Chinese text, phone numbers, ID-card numbers, e-mail addresses and long runs
//     of digits, and the home folder (on Windows it carries the user's name).
import os from 'node:os';

/** A place in a script (`core.cjs:123456:53`): kept, a stack is read by its line numbers. */
const CODE_PLACE = '\\.(?:c?js|mjs|tsx?):[0-9]+:[0-9]+';
/** UUID v7 ids (and any UUID): kept whole, so a run of digits inside one is not masked. */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}';
/** 18-digit resident ID (the last may be X), and the old 15-digit form. */
const ID_CARD = '(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])|(?<![0-9])[1-9][0-9]{14}(?![0-9])';
/** Mobile (with or without +86 and separators) and landline with area code. */
const PHONE = '(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])|(?<![0-9])0[0-9]{2,3}[ -][0-9]{7,8}(?![0-9])';
/** Any other run of 6 or more digits: an account, a code, a number someone typed. */
const DIGITS = '[0-9]{6,}';
/** Han characters (CJK ideographs and their extensions) and the full-width forms around them. */
const HAN = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]+';

const PATTERN = new RegExp(`(${CODE_PLACE}|${UUID})|(${EMAIL})|(${ID_CARD})|(${PHONE})|(${DIGITS})|(${HAN})`, 'giu');

const HOME = os.homedir();

/** Free text as it may be logged: ids kept, anything that may be personal masked. */
export function redactText(text: string): string {
  let out = text;
  // The home folder names the user (C:\Users\wang.li, /home/wangli): paths show it as ~.
  if (HOME && HOME.length > 1) out = out.split(HOME).join('~');
  return out.replace(PATTERN, (match, kept: string | undefined, email, idCard, phone, digits) => {
    if (kept) return match;
    if (email) return '[email]';
    if (idCard) return '[id-card]';
    if (phone) return '[phone]';
    if (digits) return `[${match.length} digits]`;
    return `[${[...match].length} han]`;
  });
}
