// A follow-up action for a failed item: what must change, who sees to it, by when.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Action, actionCreateInput } from '../../../../shared/vetting/schema';
import type { TemplateItem } from '../../../../shared/vetting/template';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { useLoc } from './common';
import { DateField } from '../../components/DateField';

interface ActionForm {
  what: string;
  whoStaffId: string;
  dueDate: string;
}

export function ActionDialog({ vettingId, item, onClose, onCreated }: { vettingId: string; item: TemplateItem | null; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const loc = useLoc();
  const ws = useWorkspace();
  const toInput = (f: ActionForm) => ({ vettingId, itemKey: item?.key ?? '', what: f.what, whoStaffId: f.whoStaffId || null, dueDate: f.dueDate || null });
  const { form, submit, errors, saving } = useSchemaForm<ActionForm, Action>({
    schema: actionCreateInput,
    toInput,
    defaultValues: { what: '', whoStaffId: '', dueDate: '' },
    mode: 'onSubmit',
    save: (values) => call(api().actions.create(toInput(values))),
    savedMessage: t('vetting.actions.created'),
    onSaved: onCreated,
  });
  const who = useWatch({ control: form.control, name: 'whoStaffId' });

  useEffect(() => {
    if (item) form.reset({ what: '', whoStaffId: ws.currentStaff?.id ?? '', dueDate: '' });
  }, [item, ws.currentStaff, form]);

  return (
    <Dialog open={item !== null} onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('vetting.actions.new')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {item && <Typography variant="body2" color="text.secondary">{t('vetting.actions.item', { label: loc(item.label) })}</Typography>}
            <TextField label={t('vetting.actions.what')} {...form.register('what')} multiline minRows={2} autoFocus error={!!errors.what} helperText={errors.what?.message} />
            <Controller
              control={form.control}
              name="whoStaffId"
              render={({ field }) => (
                <TextField select label={t('vetting.actions.who')} value={field.value} onChange={(e) => field.onChange(e.target.value)} error={!!errors.whoStaffId} helperText={errors.whoStaffId?.message}>
                  <MenuItem value="">{t('vetting.actions.nobody')}</MenuItem>
                  {ws.staff.filter((s) => s.active || s.id === who).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
                </TextField>
              )}
            />
            <DateField control={form.control} name="dueDate" label={t('vetting.actions.due')} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
