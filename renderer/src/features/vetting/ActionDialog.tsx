// A follow-up action for a failed item: what must change, who sees to it, by when.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateItem } from '../../../../shared/vetting/template';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { failure, useLoc } from './common';

export function ActionDialog({ vettingId, item, onClose, onCreated }: { vettingId: string; item: TemplateItem | null; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const loc = useLoc();
  const ws = useWorkspace();
  const { notify } = useNotifier();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  // Each opening starts empty, the action given to whoever is using the app.
  const [shownFor, setShownFor] = useState<TemplateItem | null>(null);
  if (item !== shownFor) {
    setShownFor(item);
    if (item) {
      setWhat('');
      setWho(ws.currentStaff?.id ?? '');
      setDue('');
      setErrors({});
    }
  }

  async function submit() {
    if (!item) return;
    setBusy(true);
    try {
      await call(api().actions.create({ vettingId, itemKey: item.key, what, whoStaffId: who || null, dueDate: due || null }));
      ws.changed();
      notify(t('vetting.actions.created'));
      onCreated();
    } catch (e) {
      const f = failure(e, t);
      setErrors({ [f.field ?? 'what']: f.message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={item !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('vetting.actions.new')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {item && <Typography variant="body2" color="text.secondary">{t('vetting.actions.item', { label: loc(item.label) })}</Typography>}
          <TextField label={t('vetting.actions.what')} value={what} onChange={(e) => setWhat(e.target.value)} multiline minRows={2} autoFocus error={!!errors.what} helperText={errors.what} />
          <TextField select label={t('vetting.actions.who')} value={who} onChange={(e) => setWho(e.target.value)} error={!!errors.whoStaffId} helperText={errors.whoStaffId}>
            <MenuItem value="">{t('vetting.actions.nobody')}</MenuItem>
            {ws.staff.filter((s) => s.active || s.id === who).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
          </TextField>
          <TextField type="date" label={t('vetting.actions.due')} value={due} onChange={(e) => setDue(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} error={!!errors.dueDate} helperText={errors.dueDate} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit()}>{t('common.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
