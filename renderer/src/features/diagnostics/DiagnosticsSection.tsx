// Settings › 日志与诊断: open the log folder, export the diagnostics file (what it holds is said
// here, before anyone sends it), and the program's versions. 帮助 › 打开日志文件夹 and
// 导出诊断信息 in the main process's menu call the same two channels.
import { FolderOpenOutlined, MedicalInformationOutlined } from '@mui/icons-material';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Versions } from '../../../../shared/diagnostics/schema';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';

const PARTS = ['versions', 'workspace', 'settings', 'logs', 'crashDumps'] as const;

export function DiagnosticsSection() {
  const { t } = useTranslation();
  const { notifyError } = useNotifier();
  const [busy, setBusy] = useState<'folder' | 'export' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [versions, setVersions] = useState<Versions | null>(null);

  useEffect(() => {
    let live = true;
    call(api().diagnostics.versions({})).then(
      (v) => live && setVersions(v),
      () => {}, // the line is left out; nothing else depends on it
    );
    return () => {
      live = false;
    };
  }, []);

  async function run(which: 'folder' | 'export') {
    setBusy(which);
    // A message about an earlier file would read as if this one were saved.
    if (which === 'export') setSaved(null);
    try {
      if (which === 'folder') await call(api().diagnostics.openLogFolder({}));
      else {
        const result = await call(api().diagnostics.export({}));
        if (result) setSaved(result.path);
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  }

  const none = t('diagnostics.none');
  return (
    <Stack spacing={1.5} data-testid="diagnostics">
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" startIcon={<FolderOpenOutlined />} loading={busy === 'folder'} loadingPosition="start" onClick={() => void run('folder')}>
          {t('diagnostics.openLogFolder')}
        </Button>
        <Button variant="outlined" startIcon={<MedicalInformationOutlined />} loading={busy === 'export'} loadingPosition="start" onClick={() => void run('export')}>
          {t('diagnostics.export')}
        </Button>
      </Stack>
      {saved && (
        <Alert severity="success" onClose={() => setSaved(null)} sx={{ wordBreak: 'break-all' }}>
          {t('diagnostics.exported', { path: saved })}
        </Alert>
      )}
      <Box>
        <Typography variant="body2">{t('diagnostics.contains')}</Typography>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {PARTS.map((p) => (
            <Typography component="li" variant="body2" color="text.secondary" key={p}>
              {t(`diagnostics.parts.${p}`)}
            </Typography>
          ))}
        </Box>
      </Box>
      {versions && (
        <Typography variant="body2" color="text.secondary" data-testid="versions">
          {t('diagnostics.versionLine', { ...versions, electron: versions.electron ?? none, chromium: versions.chromium ?? none })}
        </Typography>
      )}
    </Stack>
  );
}
