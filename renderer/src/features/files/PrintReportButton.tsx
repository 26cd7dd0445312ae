// 打印…: a report sent to a printer through the system's print dialog, next to its PDF save.
// The core builds the report in the UI's language; a closed dialog says nothing.
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintInput } from '../../../../shared/files/schema';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';

/** Which report, without the language (the UI's). */
export type PrintedReport = PrintInput extends infer P ? (P extends unknown ? Omit<P, 'lang'> : never) : never;

/** Prints `report`; `busy` while the core builds it and the print dialog is open. */
export function usePrintReport(report: PrintedReport) {
  const { t, i18n } = useTranslation();
  const { notify, notifyError } = useNotifier();
  const [busy, setBusy] = useState(false);
  async function print() {
    setBusy(true);
    try {
      const lang = i18n.language.startsWith('en') ? ('en' as const) : ('zh' as const);
      const { printed } = await call(api().reports.print({ ...report, lang } as PrintInput));
      if (printed) notify(t('files.printed'));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  }
  return { busy, print, label: busy ? t('files.printing') : t('files.print') };
}

export function PrintReportButton({ report, variant = 'text', size = 'medium' }: { report: PrintedReport; variant?: 'text' | 'outlined'; size?: 'small' | 'medium' }) {
  const { busy, print, label } = usePrintReport(report);
  return (
    <Button size={size} variant={variant} disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : <PrintOutlined />} onClick={() => void print()}>
      {label}
    </Button>
  );
}
