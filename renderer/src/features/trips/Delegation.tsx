// The delegation of a trip: add, edit and remove members (role, organisation, phone);
// a company representative can be picked from the participating companies' contacts,
// bureau staff from the staff list. Removing someone still on itinerary items is
// refused by the core, and its message says which items.
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PersonRemoveOutlined from '@mui/icons-material/PersonRemoveOutlined';
import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DELETED_PERSON } from '../../../../shared/people/schema';
import type { DelegationMember, Trip } from '../../../../shared/trips/contract';
import { delegationMemberInput, MEMBER_ROLES, type DelegationMemberInput, type MemberRole } from '../../../../shared/trips/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { api, call } from '../../lib/api';
import { inside } from '../../lib/formResolver';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { RemovePersonDialog } from '../people/RemovePersonDialog';
import { usePersonName } from '../people/usePersonName';

interface MemberForm {
  name: string;
  role: MemberRole;
  organisation: string;
  phone: string;
  contactId: string | null;
  staffId: string | null;
}

const toInput = (f: MemberForm): DelegationMemberInput => ({ ...f });
const emptyMember = (): MemberForm => ({ name: '', role: 'bureauStaff', organisation: '', phone: '', contactId: null, staffId: null });
const memberToForm = (m: DelegationMember): MemberForm => ({ name: m.name, role: m.role, organisation: m.organisation ?? '', phone: m.phone ?? '', contactId: m.contactId, staffId: m.staffId });

interface ContactOption { id: string; name: string; phone: string | null; companyName: string }

export function Delegation({ trip, onChange }: { trip: Trip; onChange: (t: Trip) => void }) {
  const { t } = useTranslation();
  const { notify, notifyError } = useNotifier();
  const [editing, setEditing] = useState<DelegationMember | 'new' | null>(null);
  const [removing, setRemoving] = useState<DelegationMember | null>(null);
  const [erasing, setErasing] = useState<DelegationMember | null>(null);
  const personName = usePersonName();

  async function remove(m: DelegationMember) {
    setRemoving(null);
    try {
      onChange(await call(api().trips.removeMember({ id: m.id })));
      notify(t('trips.delegation.removed'));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <FormSection
      title={t('trips.delegation.title')}
      action={<Button size="small" startIcon={<Add />} onClick={() => setEditing('new')} sx={{ ml: 'auto' }}>{t('trips.delegation.add')}</Button>}
    >
      {trip.members.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('trips.delegation.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="delegation">
          <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableRow>
              <TableCell>{t('trips.delegation.col.name')}</TableCell>
              <TableCell>{t('trips.delegation.col.role')}</TableCell>
              <TableCell>{t('trips.delegation.col.organisation')}</TableCell>
              <TableCell>{t('trips.delegation.col.phone')}</TableCell>
              <TableCell align="right">{t('trips.delegation.col.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {trip.members.map((m) => (
              <TableRow key={m.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{personName(m.name)}</TableCell>
                <TableCell>{t(`trips.delegation.role.${m.role}`)}</TableCell>
                <TableCell>{m.organisation ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.phone ?? '—'}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <IconButton size="small" aria-label={t('trips.delegation.edit', { name: m.name })} onClick={() => setEditing(m)}><EditOutlined fontSize="small" /></IconButton>
                  <IconButton size="small" aria-label={t('trips.delegation.remove', { name: m.name })} onClick={() => setRemoving(m)}><DeleteOutline fontSize="small" /></IconButton>
                  {m.name !== DELETED_PERSON && (
                    <IconButton size="small" aria-label={`${t('people.action')} ${m.name}`} title={t('people.action')} onClick={() => setErasing(m)}><PersonRemoveOutlined fontSize="small" /></IconButton>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <MemberDialog trip={trip} member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={(v) => (onChange(v), setEditing(null))} />}
      {erasing && (
        <RemovePersonDialog person={{ kind: 'tripMember', id: erasing.id }} onClose={() => setErasing(null)} onRemoved={() => void call(api().trips.get({ id: trip.id })).then(onChange)} />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('trips.delegation.removeTitle')}
        body={t('trips.delegation.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        onConfirm={() => void remove(removing!)}
        onClose={() => setRemoving(null)}
      />
    </FormSection>
  );
}

function MemberDialog({ trip, member, onClose, onSaved }: { trip: Trip; member: DelegationMember | null; onClose: () => void; onSaved: (t: Trip) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [contacts, setContacts] = useState<ContactOption[]>([]);
  const { form, submit, errors, saving } = useSchemaForm<MemberForm, Trip>({
    schema: delegationMemberInput,
    toInput,
    // The core names the fields under `member.`; the form holds the member's own.
    issueAt: inside('member'),
    defaultValues: member ? memberToForm(member) : emptyMember(),
    save: (values) => {
      const input = toInput(values);
      return call(member ? api().trips.updateMember({ id: member.id, member: input }) : api().trips.addMember({ tripId: trip.id, member: input }));
    },
    onSaved,
  });
  const contactId = useWatch({ control: form.control, name: 'contactId' });
  const staffId = useWatch({ control: form.control, name: 'staffId' });

  useEffect(() => {
    let live = true;
    Promise.all(trip.participants.map((p) => call(api().companies.get({ id: p.companyId })))).then(
      (cs) => live && setContacts(cs.flatMap((c) => c.contacts.map((x) => ({ id: x.id, name: x.name, phone: x.phone, companyName: c.name })))),
      () => live && setContacts([]),
    );
    return () => {
      live = false;
    };
  }, [trip.participants]);

  const pickContact = (c: ContactOption | null) => {
    form.setValue('contactId', c?.id ?? null, { shouldDirty: true });
    if (!c) return;
    form.setValue('staffId', null);
    form.setValue('role', 'companyRep');
    form.setValue('name', c.name, { shouldValidate: true });
    form.setValue('organisation', c.companyName);
    form.setValue('phone', c.phone ?? '');
  };
  const staff = ws.staff.filter((s) => s.active);
  const pickStaff = (id: string | null) => {
    form.setValue('staffId', id, { shouldDirty: true });
    const s = ws.staff.find((x) => x.id === id);
    if (!s) return;
    form.setValue('contactId', null);
    form.setValue('role', 'bureauStaff');
    form.setValue('name', s.name, { shouldValidate: true });
    if (s.phone) form.setValue('phone', s.phone);
  };

  // Controlled: picking a person fills these, and an uncontrolled field's label would not move out of the way.
  const text = (name: 'name' | 'organisation' | 'phone', required = false) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => <TextField label={t(`trips.delegation.field.${name}`)} required={required} fullWidth {...field} value={field.value ?? ''} error={!!errors[name]} helperText={errors[name]?.message} />}
    />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{member ? t('trips.delegation.editTitle') : t('trips.delegation.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {contacts.length > 0 && (
              <Autocomplete
                options={contacts}
                value={contacts.find((c) => c.id === contactId) ?? null}
                getOptionLabel={(o) => `${o.name}（${o.companyName}）`}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                onChange={(_, v) => pickContact(v)}
                renderInput={(p) => <TextField {...p} label={t('trips.delegation.fromContact')} helperText={t('trips.delegation.fromContactHint')} />}
              />
            )}
            {staff.length > 0 && (
              <TextField select label={t('trips.delegation.fromStaff')} value={staffId ?? ''} onChange={(e) => pickStaff(e.target.value || null)}>
                <MenuItem value="">{t('common.notSet')}</MenuItem>
                {staff.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
              </TextField>
            )}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              {text('name', true)}
              <Controller
                control={form.control}
                name="role"
                render={({ field }) => (
                  <TextField select required label={t('trips.delegation.field.role')} {...field} error={!!errors.role} helperText={errors.role?.message} sx={{ width: 260, flexShrink: 0 }}>
                    {MEMBER_ROLES.map((r) => <MenuItem key={r} value={r}>{t(`trips.delegation.role.${r}`)}</MenuItem>)}
                  </TextField>
                )}
              />
            </Stack>
            {text('organisation')}
            {text('phone')}
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
