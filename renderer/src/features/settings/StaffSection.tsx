// The staff list: add, edit, deactivate (people who leave stay on old records), or remove a
// person everywhere (their name and phone leave every record).
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELETED_PERSON } from '../../../../shared/people/schema';
import { staffInput, type StaffMember } from '../../../../shared/staff/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { RemovePersonDialog } from '../people/RemovePersonDialog';
import { usePersonName } from '../people/usePersonName';

interface StaffForm { name: string; title: string; phone: string }

function StaffDialog({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<StaffForm, StaffMember>({
    schema: staffInput,
    defaultValues: { name: member?.name ?? '', title: member?.title ?? '', phone: member?.phone ?? '' },
    mode: 'onSubmit',
    save: (v) => call(member ? api().staff.update({ id: member.id, ...v }) : api().staff.create(v)),
    onSaved: onClose,
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{member ? t('settings.staff.edit') : t('settings.staff.add')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField label={t('settings.staff.name')} required {...form.register('name')} error={!!errors.name} helperText={errors.name?.message} autoFocus />
            <TextField label={t('settings.staff.jobTitle')} {...form.register('title')} error={!!errors.title} helperText={errors.title?.message} />
            <TextField label={t('settings.staff.phone')} {...form.register('phone')} error={!!errors.phone} helperText={errors.phone?.message} />
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

export function StaffSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const [dialog, setDialog] = useState<{ member: StaffMember | null } | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const personName = usePersonName();

  async function toggle(m: StaffMember) {
    try {
      await call(m.active ? api().staff.deactivate({ id: m.id }) : api().staff.reactivate({ id: m.id }));
      ws.changed();
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <>
      <Table size="small" aria-label={t('settings.staff.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('settings.staff.name')}</TableCell>
            <TableCell>{t('settings.staff.jobTitle')}</TableCell>
            <TableCell>{t('settings.staff.phone')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {ws.staff.length === 0 && (
            <TableRow>
              <TableCell colSpan={4} sx={{ color: 'text.secondary' }}>{t('settings.staff.empty')}</TableCell>
            </TableRow>
          )}
          {ws.staff.map((m) => (
            <TableRow key={m.id} sx={{ opacity: m.active ? 1 : 0.55 }}>
              <TableCell>
                {personName(m.name)} {m.id === ws.currentStaff?.id && <Chip size="small" color="primary" label={t('settings.staff.me')} />}
                {!m.active && <Chip size="small" label={t('settings.staff.inactive')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>{m.title}</TableCell>
              <TableCell>{m.phone}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" onClick={() => setDialog({ member: m })}>{t('common.edit')}</Button>
                <Button size="small" color={m.active ? 'warning' : 'primary'} onClick={() => void toggle(m)} disabled={m.id === ws.currentStaff?.id}>
                  {m.active ? t('settings.staff.deactivate') : t('settings.staff.reactivate')}
                </Button>
                <Button size="small" color="error" onClick={() => setRemoving(m)} disabled={m.id === ws.currentStaff?.id || m.name === DELETED_PERSON}>
                  {t('people.action')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button startIcon={<AddOutlined />} onClick={() => setDialog({ member: null })} sx={{ mt: 1 }}>
        {t('settings.staff.add')}
      </Button>
      {dialog && <StaffDialog member={dialog.member} onClose={() => setDialog(null)} />}
      {removing && <RemovePersonDialog person={{ kind: 'staff', id: removing.id }} onClose={() => setRemoving(null)} />}
    </>
  );
}
