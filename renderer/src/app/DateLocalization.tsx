// The date pickers follow the in-app language switch (i18n.language), not the operating
// system: calendar, month names, week start and the pickers' own words (清除, 今天…).
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { enUS, zhCN } from '@mui/x-date-pickers/locales';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const PICKERS = {
  zh: { adapterLocale: 'zh-cn', localeText: zhCN.components.MuiLocalizationProvider.defaultProps.localeText },
  en: { adapterLocale: 'en', localeText: enUS.components.MuiLocalizationProvider.defaultProps.localeText },
} as const;

export function DateLocalization({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const { adapterLocale, localeText } = PICKERS[i18n.language === 'en' ? 'en' : 'zh'];
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={adapterLocale} localeText={localeText}>
      {children}
    </LocalizationProvider>
  );
}
