// How many automatic backups are kept, said in a sentence, with a dialog to change it. The
// rule is app-wide (it is about this computer's disk), checked with the contract's schema.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RetentionPolicy, retentionPolicy } from '../../../../shared/backups/schema';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { numberOrNull } from '../../lib/formResolver';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface RetentionForm {
  daily: string;
  weekly: string;
}

const toForm = (p: RetentionPolicy): RetentionForm => ({ daily: String(p.daily), weekly: String(p.weekly) });
const toInput = (f: RetentionForm) => ({ daily: numberOrNull(f.daily), weekly: numberOrNull(f.weekly) });

export function RetentionRule() {
  const { t } = useTranslation();
  const { notifyError } = useNotifier();
  const [policy, setPolicy] = useState<RetentionPolicy | null>(null);
  const [open, setOpen] = useState(false);
  const { form, submit, errors, saving } = useSchemaForm<RetentionForm, RetentionPolicy>({
    schema: retentionPolicy,
    toInput,
    defaultValues: { daily: '', weekly: '' },
    save: (values) => call(api().backups.setRetention(retentionPolicy.parse(toInput(values)))),
    savedMessage: t('backups.retention.saved'),
    onSaved: (saved) => {
      setPolicy(saved);
      setOpen(false);
    },
  });

  useEffect(() => {
    call(api().backups.retention({})).then(setPolicy, notifyError);
  }, [notifyError]);

  useEffect(() => {
    if (open && policy) form.reset(toForm(policy));
  }, [open, policy, form]);

  if (!policy) return null;
  const numeric = (unit: string) => ({ htmlInput: { inputMode: 'numeric' as const }, input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } });
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
      <Typography variant="body2" color="text.secondary">{t('backups.retention.rule', { daily: policy.daily, weekly: policy.weekly })}</Typography>
      <Button size="small" onClick={() => setOpen(true)}>{t('backups.retention.change')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth aria-labelledby="retention-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="retention-title">{t('backups.retention.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('backups.retention.body')}</DialogContentText>
            <Stack direction="row" spacing={2}>
              <TextField label={t('backups.retention.daily')} {...form.register('daily')} error={!!errors.daily} helperText={errors.daily?.message ?? ' '} slotProps={numeric(t('backups.retention.dailyUnit'))} />
              <TextField label={t('backups.retention.weekly')} {...form.register('weekly')} error={!!errors.weekly} helperText={errors.weekly?.message ?? ' '} slotProps={numeric(t('backups.retention.weeklyUnit'))} />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button type="submit" variant="contained" loading={saving}>{t('common.save')}</Button>
          </DialogActions>
        </form>
      </Dialog>
    </Stack>
  );
}
