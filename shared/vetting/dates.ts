// A vetting's two dates: the day it was done (vettedOn) and the day it was signed off
// (signedOffOn), which the expiry counts from (expiry.ts). Both may lie in the past, so work done
// before it was entered reads as it happened: neither after today, the vetting not before the
// visit it started from, the sign-off not before the vetting. "Today" is the user's calendar day.
import type { FieldIssue } from '../result';
import { isoDate } from '../validation';
import { localDay } from '../dates';

/** A date field that may not lie after today (checked by the form before sending, and at the bridge). */
export const notAfterToday = (key: string) => isoDate.refine((d) => d <= localDay(), key);

/** What is wrong with a vetting's date, at its field; null when nothing is. */
export function vettedOnProblem(vettedOn: string, visitDate: string | null, today: string): FieldIssue | null {
  if (vettedOn > today) return { path: ['vettedOn'], key: 'vettedOnInFuture' };
  if (visitDate && vettedOn < visitDate) return { path: ['vettedOn'], key: 'vettedOnBeforeVisit', params: { visitDate } };
  return null;
}

/** What is wrong with a sign-off date, at its field; null when nothing is. */
export function signedOffOnProblem(signedOffOn: string, vettedOn: string, today: string): FieldIssue | null {
  if (signedOffOn > today) return { path: ['signedOffOn'], key: 'signedOffOnInFuture' };
  if (signedOffOn < vettedOn) return { path: ['signedOffOn'], key: 'signedOffOnBeforeVetting', params: { vettedOn } };
  return null;
}

/**
 * The day a vetting is dated when it starts: the visit's day when it starts from a visit (the
 * checklist is gone through there, and entering old work takes no extra step), else today.
 */
export const defaultVettedOn = (visitDate: string | null, today: string): string => visitDate ?? today;

/**
 * The sign-off date the sign-off step offers. An amendment keeps the original's (a correction
 * does not renew the vetting); a vetting dated before the day it was entered is past work being
 * recorded, signed off that day as a rule; work entered as it happens is signed off today.
 */
export function defaultSignOffOn(v: { vettedOn: string; enteredOn: string; amendsSignedOffOn: string | null }, today: string): string {
  if (v.amendsSignedOffOn) return v.amendsSignedOffOn < v.vettedOn ? v.vettedOn : v.amendsSignedOffOn;
  return v.vettedOn < v.enteredOn ? v.vettedOn : today;
}
