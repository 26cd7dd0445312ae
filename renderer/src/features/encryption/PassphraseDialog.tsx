// 设置口令 / 更改口令: puts the open workspace under a passphrase the user chooses, after
// saying what it is for (opening the file elsewhere) and what losing it means.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { emptyPassphraseForm, formToPassphraseInput, type PassphraseForm, passphraseFormSchema } from './passphraseForm';

export function PassphraseDialog({ open, change, onClose }: { open: boolean; /** a passphrase is set already */ change: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<PassphraseForm>({
    schema: passphraseFormSchema,
    defaultValues: emptyPassphraseForm,
    save: (values) => call(api().workspace.setPassphrase(formToPassphraseInput(values))),
    savedMessage: change ? t('encryption.passphraseChanged') : t('encryption.passphraseSet'),
    onSaved: onClose,
  });

  useEffect(() => {
    if (open) form.reset(emptyPassphraseForm);
  }, [open, form]);

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="passphrase-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="passphrase-title">{change ? t('encryption.changeTitle') : t('encryption.setTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 1.5 }}>{t('encryption.anotherComputer')}</DialogContentText>
          <Alert severity="warning" sx={{ mb: 2 }}>{t('encryption.noRecovery')}</Alert>
          <Stack spacing={2}>
            <TextField
              type="password"
              label={t('encryption.passphrase')}
              required
              autoFocus
              autoComplete="new-password"
              {...form.register('passphrase')}
              error={!!errors.passphrase}
              helperText={errors.passphrase?.message ?? t('encryption.passphraseRule')}
            />
            <TextField
              type="password"
              label={t('encryption.repeat')}
              required
              autoComplete="new-password"
              {...form.register('repeat')}
              error={!!errors.repeat}
              helperText={errors.repeat?.message ?? ' '}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" loading={saving}>
            {change ? t('encryption.changeTitle') : t('encryption.setTitle')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
