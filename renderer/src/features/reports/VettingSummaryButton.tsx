// "导出审核摘要 (PDF)": the company's latest signed-off vetting as a one- or two-page PDF,
// saved where the user picks in the native dialog (printed by Chromium in the main process),
// and beside it 打印… to send the same summary to a printer.
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Button, CircularProgress, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { PrintReportButton } from '../files/PrintReportButton';

export const reportLang = (language: string) => (language.startsWith('en') ? 'en' : 'zh') as 'zh' | 'en';

export function VettingSummaryButton({ companyId, variant = 'text' }: { companyId: string; variant?: 'text' | 'outlined' }) {
  const { t, i18n } = useTranslation();
  const { notifySaved, notifyError } = useNotifier();
  const [busy, setBusy] = useState(false);
  async function exportPdf() {
    setBusy(true);
    try {
      const saved = await call(api().reports.vettingSummary({ companyId, lang: reportLang(i18n.language) }));
      if (saved) notifySaved(t('reports.saved', { path: saved.path }), saved.path);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Tooltip title={t('reports.vettingSummaryHint')}>
        <span>
          <Button size="small" variant={variant} disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : <PictureAsPdfOutlined />} onClick={() => void exportPdf()}>
            {t('reports.vettingSummary')}
          </Button>
        </span>
      </Tooltip>
      <PrintReportButton report={{ report: 'vettingSummary', companyId }} variant={variant} size="small" />
    </>
  );
}
