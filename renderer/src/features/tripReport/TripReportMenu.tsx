// The trip page's 工作简报 button: a menu of the two versions and 打印… (the system's print
// dialog). The core asks where to save (native dialog), writes the file and says where it
// went; a cancelled dialog says nothing.
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Button, CircularProgress, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { usePrintReport } from '../files/PrintReportButton';

export function TripReportMenu({ tripId }: { tripId: string }) {
  const { t, i18n } = useTranslation();
  const { notifySaved, notifyError } = useNotifier();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const printing = usePrintReport({ report: 'tripReport', tripId });
  const busy = saving || printing.busy;

  async function save(kind: 'pdf' | 'docx') {
    setAnchor(null);
    setSaving(true);
    const input = { tripId, lang: i18n.language.startsWith('en') ? ('en' as const) : ('zh' as const) };
    try {
      const saved = await call(kind === 'pdf' ? api().reports.tripReportPdf(input) : api().reports.tripReportDocx(input));
      if (saved) notifySaved(t(kind === 'pdf' ? 'tripReport.savedPdf' : 'tripReport.savedDocx', { path: saved.path }), saved.path);
    } catch (e) {
      notifyError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Button
        startIcon={busy ? <CircularProgress size={16} /> : <ArticleOutlined />}
        disabled={busy}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={saving ? t('tripReport.saving') : printing.busy ? t('files.printing') : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {t('tripReport.button')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void save('pdf')}>
          <ListItemIcon><PictureAsPdfOutlined fontSize="small" /></ListItemIcon>
          <ListItemText>{t('tripReport.pdf')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => void save('docx')}>
          <ListItemIcon><DescriptionOutlined fontSize="small" /></ListItemIcon>
          <ListItemText>{t('tripReport.docx')}</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void printing.print();
          }}
        >
          <ListItemIcon><PrintOutlined fontSize="small" /></ListItemIcon>
          <ListItemText>{t('files.print')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
