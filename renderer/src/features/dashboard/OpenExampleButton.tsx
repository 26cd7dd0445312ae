// "打开示例工作区": builds (when missing) and opens the workspace made from the article.
// Used by the empty dashboard, the empty company list and Settings.
import AutoStoriesOutlined from '@mui/icons-material/AutoStoriesOutlined';
import { Button, type ButtonProps } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';

export function OpenExampleButton({ rebuild = false, variant = 'contained', goToDashboard = true }: { rebuild?: boolean; variant?: ButtonProps['variant']; goToDashboard?: boolean }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [busy, setBusy] = useState(false);

  async function open() {
    setBusy(true);
    try {
      const info = await call(api().workspace.openExample({ rebuild }));
      if (!info) return;
      ws.changed();
      notify(rebuild ? t('dashboard.exampleRebuilt') : t('dashboard.exampleOpened', { name: info.name }));
      if (goToDashboard) navigate('/');
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant={variant} startIcon={<AutoStoriesOutlined />} onClick={() => void open()} loading={busy} data-testid={rebuild ? 'rebuild-example' : 'open-example'}>
      {rebuild ? t('dashboard.rebuildExample') : t('dashboard.openExample')}
    </Button>
  );
}
