// Settings › 团队同步 › 这台电脑: the names colleagues see for this computer and its user.
import { Box, Button, Stack, TextField } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type SyncStatus, syncIdentityInput } from '../../../../shared/sync/schema';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface IdentityValues {
  computerName: string;
  userName: string;
}

export function IdentityForm({ status, disabled }: { status: SyncStatus; disabled: boolean }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<IdentityValues, SyncStatus>({
    schema: syncIdentityInput,
    defaultValues: { computerName: status.computerName ?? '', userName: status.userName ?? '' },
    save: (values) => call(api().sync.setIdentity(values)),
    toForm: (saved) => ({ computerName: saved.computerName ?? '', userName: saved.userName ?? '' }),
    savedMessage: t('sync.identity.saved'),
  });

  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ computerName: status.computerName ?? '', userName: status.userName ?? '' });
  }, [status.computerName, status.userName, form]);

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="sync-identity">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={t('sync.identity.computerName')}
          {...form.register('computerName')}
          slotProps={{ inputLabel: { shrink: true } }}
          error={!!errors.computerName}
          helperText={errors.computerName?.message ?? t('sync.identity.computerNameHint')}
          disabled={disabled}
          sx={{ flex: 3 }}
        />
        <TextField
          size="small"
          label={t('sync.identity.userName')}
          {...form.register('userName')}
          slotProps={{ inputLabel: { shrink: true } }}
          error={!!errors.userName}
          helperText={errors.userName?.message ?? ' '}
          disabled={disabled}
          sx={{ flex: 2 }}
        />
        <Button type="submit" variant="contained" disabled={disabled || !form.formState.isDirty} loading={saving}>
          {t('sync.identity.save')}
        </Button>
      </Stack>
    </Box>
  );
}
