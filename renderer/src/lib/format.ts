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
    const number = new Intl.NumberFormat(locale);
    const collator = new Intl.Collator(locale.startsWith('zh') ? 'zh' : 'en');
    return {
      locale,
      /** A YYYY-MM-DD calendar date (no time zone shift). */
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(`${iso}T00:00:00Z`)) : ''),
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : ''),
      number: (n: number | null | undefined) => (n === null || n === undefined ? '' : number.format(n)),
      compare: collator.compare,
    };
  }, [locale]);
}
