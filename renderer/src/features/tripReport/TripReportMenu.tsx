// The trip page's 工作简报 button: a menu of the two versions. The core asks where to save
// (native dialog), writes the file and says where it went; a cancelled dialog says nothing.
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Button, CircularProgress, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';

export function TripReportMenu({ tripId }: { tripId: string }) {
  const { t, i18n } = useTranslation();
  const { notify, notifyError } = useNotifier();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(kind: 'pdf' | 'docx') {
    setAnchor(null);
    setBusy(true);
    const input = { tripId, lang: i18n.language.startsWith('en') ? ('en' as const) : ('zh' as const) };
    try {
      const saved = await call(kind === 'pdf' ? api().reports.tripReportPdf(input) : api().reports.tripReportDocx(input));
      if (saved) notify(t(kind === 'pdf' ? 'tripReport.savedPdf' : 'tripReport.savedDocx', { path: saved.path }));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        startIcon={busy ? <CircularProgress size={16} /> : <ArticleOutlined />}
        disabled={busy}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={busy ? t('tripReport.saving') : undefined}
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
      </Menu>
    </>
  );
}
