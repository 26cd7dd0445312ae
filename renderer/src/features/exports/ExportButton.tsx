// The 导出 button of a list page: a menu of Excel (.xlsx) / CSV per dataset (the companies
// list also offers its companies' vetting results), exporting with the page's current filters.
// The core asks where to save and writes the file as a job; the JobDialog shows how far it is.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Button, Divider, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportStartInput } from '../../../../shared/exports/schema';
import { api, call } from '../../lib/api';
import { useJob } from '../../lib/jobs';
import GridOnOutlined from '@mui/icons-material/GridOnOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';

/** One dataset of the menu with the filter the page shows it with. */
export type ExportChoice = Omit<ExportStartInput, 'format' | 'lang'>;

/** `onDone`: told when an export has been written (the export log's own list re-reads). */
export function ExportButton({ choices, onDone }: { choices: ExportChoice[]; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const job = useJob();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';

  const start = (choice: ExportChoice, format: ExportFormat) => {
    setAnchor(null);
    const name = t(`exports.dataset.${choice.dataset}`);
    job.run(() => call(api().exports.start({ ...choice, format, lang } as ExportStartInput)), t('exports.title', { name }), { onDone });
  };

  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu" aria-expanded={anchor !== null}>
        {t('exports.button')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListSubheader sx={{ lineHeight: '32px' }}>{t('exports.usesFilters')}</ListSubheader>
        {choices.map((choice, i) => (
          <Fragment key={choice.dataset}>
            {i > 0 && <Divider />}
            {choices.length > 1 && <ListSubheader sx={{ lineHeight: '32px', fontWeight: 600 }}>{t(`exports.dataset.${choice.dataset}`)}</ListSubheader>}
            <MenuItem onClick={() => start(choice, 'xlsx')} data-testid={`export-${choice.dataset}-xlsx`}>
              <ListItemIcon><GridOnOutlined fontSize="small" /></ListItemIcon>
              <ListItemText>{t('exports.xlsx')}</ListItemText>
            </MenuItem>
            <MenuItem onClick={() => start(choice, 'csv')} data-testid={`export-${choice.dataset}-csv`}>
              <ListItemIcon><DescriptionOutlined fontSize="small" /></ListItemIcon>
              <ListItemText>{t('exports.csv')}</ListItemText>
            </MenuItem>
          </Fragment>
        ))}
      </Menu>
      {job.dialog}
    </>
  );
}
