// 打开文件 / 打开所在文件夹 under every "saved" message (the snackbar's and a job dialog's). The
// core opens only files it saved itself and says why not otherwise (moved, no program, …).
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { opensWithProgram } from '../../../shared/files/schema';
import { useNotifier } from '../app/Notifier';
import { api, call } from '../lib/api';

export function SavedFileActions({ path, color = 'inherit' }: { path: string; color?: 'inherit' | 'primary' }) {
  const { t } = useTranslation();
  const { notifyError } = useNotifier();
  const ask = (request: () => ReturnType<typeof call>) => void request().catch(notifyError);
  return (
    // In a narrow note the two buttons go one under the other, each label on one line.
    <Stack direction="row" useFlexGap sx={{ mt: 1, flexWrap: 'wrap', gap: 1, '& .MuiButton-root': { whiteSpace: 'nowrap' } }} data-testid="saved-file-actions">
      {/* A workspace copy, a backup, a team file or a name typed like a program: its folder only. */}
      {opensWithProgram(path) && (
        <Button size="small" variant="outlined" color={color} startIcon={<OpenInNewOutlined />} onClick={() => ask(() => call(api().files.open({ path })))}>
          {t('files.openFile')}
        </Button>
      )}
      <Button size="small" variant="outlined" color={color} startIcon={<FolderOpenOutlined />} onClick={() => ask(() => call(api().files.showInFolder({ path })))}>
        {t('files.showInFolder')}
      </Button>
    </Stack>
  );
}
