// Settings › 团队同步 › 交换位置: a folder (chosen in the native folder dialog, or typed) or a
// WebDAV address with its user and password (the password goes to the OS keystore). Labels
// stay above their fields (shrink): values arrive by form.reset after the folder dialog or a
// status read, which an uncontrolled field's floating label does not notice.
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import { Box, Button, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SyncStatus, syncPlaceInput } from '../../../../shared/sync/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface PlaceValues {
  kind: 'folder' | 'webdav';
  path: string;
  url: string;
  username: string;
  password: string;
}

const toForm = (place: SyncStatus['place']): PlaceValues => ({
  kind: place?.kind ?? 'folder',
  path: place?.kind === 'folder' ? place.path : '',
  url: place?.kind === 'webdav' ? place.url : '',
  username: place?.kind === 'webdav' ? place.username : '',
  password: '',
});

/** An empty password field keeps the stored password. */
const toInput = (v: PlaceValues) =>
  v.kind === 'folder' ? { kind: 'folder', path: v.path.trim() } : { kind: 'webdav', url: v.url.trim(), username: v.username.trim(), ...(v.password ? { password: v.password } : {}) };

export function PlaceForm({ status, disabled }: { status: SyncStatus; disabled: boolean }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [choosing, setChoosing] = useState(false);
  const { form, submit, errors, saving } = useSchemaForm<PlaceValues, SyncStatus>({
    schema: syncPlaceInput,
    toInput,
    defaultValues: toForm(status.place),
    save: (values) => call(api().sync.setPlace(syncPlaceInput.parse(toInput(values)))),
    toForm: (saved) => toForm(saved.place),
    savedMessage: t('sync.place.saved'),
  });
  const kind = form.watch('kind');
  const hasPassword = status.place?.kind === 'webdav' && status.place.hasPassword;

  useEffect(() => {
    if (!form.formState.isDirty) form.reset(toForm(status.place));
  }, [status.place, form]);

  const chooseFolder = async () => {
    setChoosing(true);
    try {
      const saved = await call(api().sync.chooseFolder({}));
      if (saved) {
        form.reset(toForm(saved.place));
        ws.changed();
        notify(t('sync.place.saved'));
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setChoosing(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="sync-place">
      <Stack spacing={1.5}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={kind}
          disabled={disabled}
          onChange={(_, v: PlaceValues['kind'] | null) => v && form.setValue('kind', v, { shouldDirty: true })}
        >
          <ToggleButton value="folder">{t('sync.place.kind.folder')}</ToggleButton>
          <ToggleButton value="webdav">{t('sync.place.kind.webdav')}</ToggleButton>
        </ToggleButtonGroup>
        {kind === 'folder' ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label={t('sync.place.folderPath')}
              {...form.register('path')}
              error={!!errors.path}
              helperText={errors.path?.message ?? t('sync.place.folderHint')}
              disabled={disabled}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'sync-folder-path' }, inputLabel: { shrink: true } }}
            />
            <Button variant="outlined" startIcon={<FolderOpenOutlined />} onClick={() => void chooseFolder()} disabled={disabled} loading={choosing}>
              {t('sync.place.chooseFolder')}
            </Button>
            <Button type="submit" variant="contained" disabled={disabled || !form.formState.isDirty} loading={saving}>
              {t('sync.place.useFolder')}
            </Button>
          </Stack>
        ) : (
          <Stack spacing={1.5}>
            <TextField
              size="small"
              label={t('sync.place.url')}
              {...form.register('url')}
              slotProps={{ inputLabel: { shrink: true } }}
              error={!!errors.url}
              helperText={errors.url?.message ?? t('sync.place.urlHint')}
              disabled={disabled}
            />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                size="small"
                label={t('sync.place.username')}
                autoComplete="username"
                {...form.register('username')}
                slotProps={{ inputLabel: { shrink: true } }}
                error={!!errors.username}
                helperText={errors.username?.message ?? ' '}
                disabled={disabled}
                sx={{ flex: 1 }}
              />
              <TextField
                size="small"
                type="password"
                label={t('sync.place.password')}
                autoComplete="current-password"
                placeholder={hasPassword ? t('sync.place.passwordKept') : undefined}
                {...form.register('password')}
                error={!!errors.password}
                helperText={errors.password?.message ?? t('sync.place.passwordHint')}
                disabled={disabled}
                sx={{ flex: 1 }}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <Button type="submit" variant="contained" disabled={disabled || !form.formState.isDirty} loading={saving}>
                {t('sync.place.save')}
              </Button>
            </Stack>
          </Stack>
        )}
        {!status.place && (
          <Typography variant="body2" color="text.secondary">{t('sync.place.none')}</Typography>
        )}
      </Stack>
    </Box>
  );
}
