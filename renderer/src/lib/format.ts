// Dates and numbers follow the UI language through Intl; nothing is formatted by hand.
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { localDay } from '../../../shared/dates';

export const localeOf = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'zh-CN');

/** Today's date in the user's calendar as YYYY-MM-DD. */
export const todayIso = (): string => localDay();

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const timestamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const number = new Intl.NumberFormat(locale);
    // One decimal: a fresh workspace is a fraction of a megabyte, a busy one tens of them.
    const megabytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const collator = new Intl.Collator(locale.startsWith('zh') ? 'zh' : 'en');
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      locale,
      /** A YYYY-MM-DD calendar date (no time zone shift). */
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(`${iso}T00:00:00Z`)) : ''),
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : ''),
      /** With seconds, where several things happen in one minute (a backup before a restore, then one on closing). */
      timestamp: (iso: string | null | undefined) => (iso ? timestamp.format(new Date(iso)) : ''),
      number: (n: number | null | undefined) => (n === null || n === undefined ? '' : number.format(n)),
      /** A size in bytes as megabytes (the number only; the unit comes from the text around it). */
      megabytes: (bytes: number) => megabytes.format(bytes / (1024 * 1024)),
      compare: collator.compare,
      /** How long ago, in the locale's words (“3 分钟前”, “yesterday”); the largest unit that fits. */
      ago: (iso: string | null | undefined, now = Date.now()) => {
        if (!iso) return '';
        const seconds = Math.round((Date.parse(iso) - now) / 1000);
        const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60]];
        for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
        return relative.format(0, 'second');
      },
    };
  }, [locale]);
}
