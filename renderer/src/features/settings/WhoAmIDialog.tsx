// First run: the user says who they are once; visits and the audit trail use it.
import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../shared/staff/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { firstIssueMessage } from '../../lib/applyApiError';

export function WhoAmIDialog() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const active = ws.staff.filter((s) => s.active);
  const [picked, setPicked] = useState<StaffMember | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    try {
      const staff = picked ?? (await call(api().staff.create({ name: newName })));
      await call(api().settings.update({ currentStaffId: staff.id }));
      ws.changed();
    } catch (e) {
      const message = firstIssueMessage(e, t);
      if (message) setError(message);
      else notifyError(e);
    }
  }

  return (
    <Dialog open aria-labelledby="who-am-i-title">
      <DialogTitle id="who-am-i-title">{t('whoAmI.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('whoAmI.body')}</DialogContentText>
        <Stack spacing={2}>
          {active.length > 0 && (
            <Autocomplete
              options={active}
              getOptionLabel={(s) => s.name}
              value={picked}
              onChange={(_, v) => setPicked(v)}
              renderInput={(p) => <TextField {...p} label={t('whoAmI.pick')} />}
            />
          )}
          {!picked && (
            <TextField
              label={t('whoAmI.newName')}
              value={newName}
              onChange={(e) => (setNewName(e.target.value), setError(null))}
              error={Boolean(error)}
              helperText={error ?? t('whoAmI.newNameHint')}
              autoFocus
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={confirm} disabled={!picked && !newName.trim()}>
          {t('whoAmI.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
