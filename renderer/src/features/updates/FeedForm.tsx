// Settings › 软件更新 › 更新地址: the intranet folder electron-updater's generic provider reads.
// Checked with the channel's own schema (http/https, no credentials); empty means no checks.
import { Box, Button, Stack, TextField } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type UpdateStatus, updateSetFeedInput } from '../../../../shared/updates/schema';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface FeedValues {
  url: string;
}

const toInput = (v: FeedValues) => ({ url: v.url.trim() === '' ? null : v.url.trim() });

export function FeedForm({ status, onSaved }: { status: UpdateStatus; onSaved: (saved: UpdateStatus) => void }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<FeedValues, UpdateStatus>({
    schema: updateSetFeedInput,
    toInput,
    defaultValues: { url: status.feedUrl ?? '' },
    save: (values) => call(api().updates.setFeed(toInput(values))),
    toForm: (saved) => ({ url: saved.feedUrl ?? '' }),
    savedMessage: (saved) => (saved.feedUrl ? t('updates.feed.saved') : t('updates.feed.cleared')),
    onSaved,
  });

  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ url: status.feedUrl ?? '' });
  }, [status.feedUrl, form]);

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="update-feed">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={t('updates.feed.label')}
          placeholder={t('updates.feed.placeholder')}
          {...form.register('url')}
          error={!!errors.url}
          helperText={errors.url?.message ?? t('updates.feed.hint')}
          sx={{ flex: 1 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { spellCheck: false } }}
        />
        <Button type="submit" variant="contained" disabled={!form.formState.isDirty} loading={saving}>
          {t('updates.feed.save')}
        </Button>
      </Stack>
    </Box>
  );
}
