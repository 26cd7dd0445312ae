// New, open and save-a-copy of workspace files, and their encryption. The file dialogs are
// native ones shown by the main process; the renderer never names a path itself.
import CreateNewFolderOutlined from '@mui/icons-material/CreateNewFolderOutlined';
import FileCopyOutlined from '@mui/icons-material/FileCopyOutlined';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import { Button, Divider, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, ApiCallError, call } from '../../lib/api';
import { OpenExampleButton } from '../dashboard/OpenExampleButton';
import { EncryptionStatus } from '../encryption/EncryptionStatus';

/** The chosen file is encrypted and this computer's keys do not open it: its passphrase may (the app asks, see UnlockDialog). */
const needsPassphrase = (e: unknown) => e instanceof ApiCallError && (e.error.key === 'workspaceNeedsKey' || e.error.key === 'workspaceWrongKey');

export function WorkspaceSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifySaved, notifyError } = useNotifier();
  // The copy is written in a thread of its own and the window stays live meanwhile: the button
  // says it is under way (and is not pressed a second time), as the backup buttons do.
  const [copying, setCopying] = useState(false);

  async function run(kind: 'create' | 'open' | 'saveCopy') {
    if (kind === 'saveCopy') setCopying(true);
    try {
      if (kind === 'saveCopy') {
        const copy = await call(api().workspace.saveCopy({}));
        if (copy) notifySaved(t('settings.workspace.copied', { path: copy.path }), copy.path);
        return;
      }
      const info = await call(kind === 'create' ? api().workspace.create({}) : api().workspace.open({}));
      if (info) {
        ws.changed();
        notify(t('settings.workspace.opened', { name: info.name }));
      }
    } catch (e) {
      // The core now waits for the passphrase (info.pendingUnlock); re-reading the info asks for it.
      if (needsPassphrase(e)) ws.changed();
      else notifyError(e);
    } finally {
      if (kind === 'saveCopy') setCopying(false);
    }
  }

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" sx={{ wordBreak: 'break-all' }} data-testid="workspace-path">
        {ws.info?.path}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" startIcon={<CreateNewFolderOutlined />} onClick={() => void run('create')}>{t('settings.workspace.create')}</Button>
        <Button variant="outlined" startIcon={<FolderOpenOutlined />} onClick={() => void run('open')}>{t('settings.workspace.open')}</Button>
        <Button variant="outlined" startIcon={<FileCopyOutlined />} onClick={() => void run('saveCopy')} loading={copying}>{t('settings.workspace.saveCopy')}</Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">{t('dashboard.openExampleHint')}</Typography>
      <Stack direction="row" spacing={1}>
        <OpenExampleButton variant="outlined" />
        <OpenExampleButton variant="text" rebuild />
      </Stack>
      <Divider />
      <EncryptionStatus />
    </Stack>
  );
}
