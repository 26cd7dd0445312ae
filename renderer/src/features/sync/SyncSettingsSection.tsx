// Settings › 团队同步: this computer's name and user, the exchange place, the team (create,
// join, save its file), how often to sync by itself, and the colleagues. Everything here is
// this computer's own: none of it travels to colleagues.
import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Alert, Box, Button, Divider, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/sync/schema';
import { errorText, useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorState, LoadingState } from '../../components/States';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { summarySentence } from './summaryText';
import { ColleaguesPanel } from './ColleaguesPanel';
import { IdentityForm } from './IdentityForm';
import { PlaceForm } from './PlaceForm';
import { useSync } from './SyncStatusContext';
import { CreateTeamDialog, ExportTeamDialog, JoinTeamDialog } from './TeamDialogs';

const AUTO_CHOICES = [0, 5, 10, 15, 30, 60, 120];

function Part({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: hint ? 0 : 1 }}>{title}</Typography>
      {hint && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{hint}</Typography>}
      {children}
    </Box>
  );
}

/** How the last sync ended, with the packets it refused by name (a colleague can send them again). */
function LastSync({ last }: { last: NonNullable<SyncStatus['lastSync']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const when = f.ago(last.at);
  const refused = last.summary?.refused ?? [];
  return (
    <Part title={t('sync.last.title')}>
      <Alert severity={!last.ok ? 'error' : refused.length > 0 || (last.summary?.cards ?? 0) > 0 ? 'warning' : 'success'} sx={{ py: 0 }} data-testid="sync-last">
        {last.ok && last.summary
          ? t('sync.last.ok', { when, sentence: summarySentence(t, last.summary) })
          : t('sync.last.failed', { when, message: errorText(t, { code: 'INTERNAL', key: last.error ?? 'internal' }) })}
        {refused.length > 0 && (
          <Box component="span" sx={{ display: 'block' }}>
            {t('sync.last.refusedFiles', { files: refused.map((r) => t('sync.last.refusedFile', { file: r.file, reason: t(`sync.last.reason.${r.reason}`) })).join(t('sync.last.fileSeparator')) })}
          </Box>
        )}
      </Alert>
    </Part>
  );
}

export function SyncSettingsSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const { status, error, refresh } = useSync();
  const [dialog, setDialog] = useState<'create' | 'join' | 'export' | null>(null);
  if (!status) return error ? <ErrorState error={error} onRetry={refresh} /> : <LoadingState />;
  const readOnly = Boolean(ws.info?.readOnly);
  const named = Boolean(status.computerName && status.userName);

  const setAuto = async (autoMinutes: number) => {
    try {
      await call(api().sync.setAuto({ autoMinutes }));
      ws.changed();
      notify(t('sync.auto.saved'));
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack spacing={2.5} divider={<Divider flexItem />} data-testid="sync-settings">
      <Part title={t('sync.identity.title')}>
        <IdentityForm status={status} disabled={readOnly} />
      </Part>
      <Part title={t('sync.place.title')}>
        <PlaceForm status={status} disabled={readOnly} />
      </Part>
      <Part title={t('sync.team.title')}>
        {status.team ? (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Alert severity="success" icon={<GroupsOutlined />} sx={{ flex: 1, py: 0 }} data-testid="sync-team">
              {t('sync.team.member', { name: status.team.name })}
            </Alert>
            <Button startIcon={<SaveAltOutlined />} onClick={() => setDialog('export')}>{t('sync.team.saveFile')}</Button>
          </Stack>
        ) : (
          <Stack spacing={1}>
            <Typography variant="body2" color="text.secondary">{t('sync.team.none')}</Typography>
            {!named && <Alert severity="info" sx={{ py: 0 }}>{t('sync.team.needIdentity')}</Alert>}
            <Stack direction="row" spacing={1}>
              <Button variant="contained" startIcon={<GroupsOutlined />} disabled={!named || readOnly} onClick={() => setDialog('create')}>
                {t('sync.team.create')}
              </Button>
              <Button variant="outlined" startIcon={<GroupAddOutlined />} disabled={!named || readOnly} onClick={() => setDialog('join')}>
                {t('sync.team.join')}
              </Button>
            </Stack>
          </Stack>
        )}
      </Part>
      <Part title={t('sync.auto.title')} hint={t('sync.auto.hint')}>
        <TextField
          select
          size="small"
          label={t('sync.auto.label')}
          value={AUTO_CHOICES.includes(status.autoMinutes) ? status.autoMinutes : ''}
          onChange={(e) => void setAuto(Number(e.target.value))}
          disabled={readOnly}
          sx={{ minWidth: 200 }}
          slotProps={{ htmlInput: { 'data-testid': 'sync-auto' } }}
        >
          {AUTO_CHOICES.map((m) => (
            <MenuItem key={m} value={m}>{m === 0 ? t('sync.auto.off') : t('sync.auto.every', { count: m })}</MenuItem>
          ))}
        </TextField>
      </Part>
      {status.lastSync && <LastSync last={status.lastSync} />}
      {status.team && (
        <Part title={t('sync.colleagues.title')}>
          <ColleaguesPanel />
        </Part>
      )}
      {dialog === 'create' && <CreateTeamDialog open onClose={() => setDialog(null)} />}
      {dialog === 'join' && <JoinTeamDialog open onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportTeamDialog open onClose={() => setDialog(null)} />}
    </Stack>
  );
}
