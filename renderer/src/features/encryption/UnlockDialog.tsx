// The passphrase prompt, shown over any screen while the core waits for one (info.pendingUnlock):
// an encrypted workspace whose key this computer does not have was chosen — in Settings, from
// the File menu, or as the one open at the last start. The workspace already open stays open
// until the passphrase fits, so cancelling leaves everything as it was; a wrong passphrase is
// said at the field.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { unlockInput, type WorkspaceInfo } from '../../../../shared/workspace/schema';
import { errorText, useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, ApiCallError, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface UnlockForm {
  passphrase: string;
}

export function UnlockDialog({ name }: { name: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const { form, submit, errors, saving } = useSchemaForm<UnlockForm, WorkspaceInfo>({
    schema: unlockInput,
    defaultValues: { passphrase: '' },
    mode: 'onSubmit',
    save: (values) => call(api().workspace.unlock(values)),
    savedMessage: (info) => t('settings.workspace.opened', { name: info.name }),
    // A wrong passphrase is about what was typed: said at the field, which stays for another try.
    onRefused: (e, form) => {
      if (!(e instanceof ApiCallError && e.error.key === 'workspaceWrongKey')) return false;
      form.setError('passphrase', { type: e.error.key, message: errorText(t, e.error) }, { shouldFocus: true });
      return true;
    },
  });

  async function cancel() {
    try {
      await call(api().workspace.cancelUnlock({}));
    } catch (e) {
      notifyError(e);
    }
    ws.changed();
  }

  const error = errors.passphrase;
  return (
    <Dialog open onClose={() => void cancel()} maxWidth="xs" fullWidth aria-labelledby="unlock-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="unlock-title">{t('encryption.unlock.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('encryption.unlock.body', { name })}</DialogContentText>
          <TextField
            type="password"
            label={t('encryption.passphrase')}
            required
            fullWidth
            autoFocus
            autoComplete="current-password"
            {...form.register('passphrase')}
            error={!!error}
            helperText={error?.message ?? ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" loading={saving}>{t('encryption.unlock.open')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
