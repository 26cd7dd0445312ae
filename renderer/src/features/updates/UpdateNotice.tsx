// The notice at start: a few seconds after the window is up the core reads the feed once; when a
// newer version is there (and not skipped) a small snackbar says so with 查看, which opens
// Settings › 软件更新. Not a dialog: nobody is stopped in their work by it. No address set: no check.
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Button, IconButton, Snackbar } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../lib/api';

/** Long enough that the window, the workspace and the first screen come first. */
export const START_CHECK_DELAY_MS = 3000;
const SECTION = '/settings/updates';

/** Once per window: the notice is not checked again when the frame re-mounts. */
let checkedThisStart = false;

export function UpdateNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    if (checkedThisStart) return;
    const timer = setTimeout(() => {
      checkedThisStart = true;
      api()
        .updates.check({})
        .then(
          (r) => r.ok && r.value.check?.kind === 'available' && setVersion(r.value.check.release.version),
          // The check at start is a courtesy: when it fails, Settings › 软件更新 says why.
          () => undefined,
        );
    }, START_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <Snackbar open={version !== null && pathname !== SECTION} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
      <Alert
        severity="info"
        variant="filled"
        role="status"
        data-testid="update-notice"
        action={
          <>
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                setVersion(null);
                void navigate(SECTION);
              }}
            >
              {t('updates.notice.view')}
            </Button>
            <IconButton color="inherit" size="small" aria-label={t('updates.notice.close')} onClick={() => setVersion(null)}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
      >
        {version && t('updates.notice.text', { version })}
      </Alert>
    </Snackbar>
  );
}
