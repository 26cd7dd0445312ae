// The company list's 审核摘要 button: the vetting summaries of the companies the list shows
// (as filtered) as one PDF — an overview table, then a page per vetted company. A job with
// the progress dialog. Up to 500 companies: a longer list is filtered first.
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Button, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CompanyListInput } from '../../../../shared/companies/schema';
import { api, call } from '../../lib/api';
import { useJob } from '../../lib/jobs';
import { reportLang } from './VettingSummaryButton';

const MAX = 500;

export function ListSummariesButton({ filter, total }: { filter: Omit<CompanyListInput, 'offset' | 'limit'>; total: number | null }) {
  const { t, i18n } = useTranslation();
  const job = useJob();
  const tooMany = total !== null && total > MAX;

  async function start() {
    // The ids of the companies listed, in the list's order.
    const ids: string[] = [];
    for (let offset = 0; ; offset += MAX) {
      const page = await call(api().companies.list({ ...filter, offset, limit: MAX }));
      ids.push(...page.rows.map((r) => r.id));
      if (ids.length >= page.total || page.rows.length === 0 || ids.length >= MAX) break;
    }
    return call(api().reports.vettingSummaries({ companyIds: ids, lang: reportLang(i18n.language) }));
  }

  return (
    <>
      <Tooltip title={tooMany ? t('reports.listSummariesTooMany', { max: MAX }) : t('reports.listSummariesHint', { count: total ?? 0 })}>
        <span>
          <Button
            variant="outlined"
            disabled={!total || tooMany}
            startIcon={<PictureAsPdfOutlined />}
            onClick={() =>
              job.run(start, t('reports.listSummariesTitle'), {
                describe: (r) => t('reports.summariesSaved', { count: Number(r.companies), path: String(r.path) }),
              })
            }
          >
            {t('reports.listSummaries')}
          </Button>
        </span>
      </Tooltip>
      {job.dialog}
    </>
  );
}
