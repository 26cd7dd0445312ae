// "导出参与企业审核摘要": the vetting summaries of a trip's participating companies (an
// overview table, then a page per vetted company) as one PDF. A job: the dialog shows the
// pages being laid out, then the printing, and can cancel.
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../lib/api';
import { useJob } from '../../lib/jobs';
import { reportLang } from './VettingSummaryButton';

export function TripSummariesButton({ tripId, disabled }: { tripId: string; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const job = useJob();
  return (
    <>
      <Button
        size="small"
        disabled={disabled}
        startIcon={<PictureAsPdfOutlined />}
        onClick={() =>
          job.run(() => call(api().reports.vettingSummaries({ tripId, lang: reportLang(i18n.language) })), t('reports.tripSummariesTitle'), {
            describe: (r) => t('reports.summariesSaved', { count: Number(r.companies), path: String(r.path) }),
          })
        }
      >
        {t('reports.tripSummaries')}
      </Button>
      {job.dialog}
    </>
  );
}
