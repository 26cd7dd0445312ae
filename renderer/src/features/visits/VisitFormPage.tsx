// Log or edit a visit: the four observations with the facts vetting needs later,
// the staff who went, and follow-up actions. Drafts survive closing the window.
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { Autocomplete, Box, Button, IconButton, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { visitInput, type Visit } from '../../../../shared/visits/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { useRecordForm } from '../../lib/useRecordForm';
import { CompanyPicker } from './CompanyPicker';
import { FollowUpsEditor } from './FollowUpsEditor';
import { emptyVisitForm, formToVisitInput, type VisitForm, visitToForm } from './visitForm';
import { NotesField } from '../../components/NotesField';
import { DateField } from '../../components/DateField';

export function VisitFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [company, setCompany] = useState<{ id: string; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const presetCompanyId = params.get('companyId') ?? '';
  const { form, record: visit, submit, guard, banner, gate, loadFailed } = useRecordForm<Visit, VisitForm>({
    id,
    // The company picker shows the visit's company.
    get: (id) => call(api().visits.get({ id })).then((v) => (setCompany({ id: v.companyId, name: v.companyName }), v)),
    toForm: visitToForm,
    empty: () => emptyVisitForm(presetCompanyId, ws.currentStaff?.id ?? null),
    schema: visitInput,
    toInput: formToVisitInput,
    draft: id ? `visit:${id}` : `visit:new:${presetCompanyId}`,
    ready: !!id || !presetCompanyId || company !== null,
    save: (values) => {
      const input = formToVisitInput(values);
      return id ? call(api().visits.update({ id, visit: input })) : call(api().visits.create(input));
    },
    onSaved: (saved) => navigate(`/companies/${saved.companyId}`),
  });

  // A new visit opened from a company starts with that company picked.
  useEffect(() => {
    if (!id && presetCompanyId) call(api().companies.get({ id: presetCompanyId })).then((c) => setCompany({ id: c.id, name: c.name }), loadFailed);
  }, [id, presetCompanyId, loadFailed]);

  // The visit's facts (pay range, dormitory, people per room, meals) are offered as starting values.
  async function startVetting() {
    try {
      const v = await call(api().vettings.start({ companyId: visit!.companyId, visitId: visit!.id }));
      ws.changed();
      navigate(`/vettings/${v.id}`);
    } catch (e) {
      notifyError(e);
    }
  }

  async function remove() {
    setConfirmDelete(false);
    try {
      await call(api().visits.delete({ id: id! }));
      ws.changed();
      notify(t('visitForm.deleted'));
      navigate(`/companies/${visit!.companyId}`);
    } catch (e) {
      notifyError(e);
    }
  }

  if (gate) return gate;
  const errors = form.formState.errors;
  const yuan = { input: { endAdornment: <InputAdornment position="end">{t('common.yuan')}</InputAdornment> }, htmlInput: { inputMode: 'numeric' as const } };
  const triSelect = (name: 'dormProvided' | 'mealsProvided', label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <TextField select label={label} {...field} sx={{ width: 150 }} error={!!errors[name]} helperText={errors[name]?.message}>
          <MenuItem value="">{t('common.unknown')}</MenuItem>
          <MenuItem value="yes">{t('common.yes')}</MenuItem>
          <MenuItem value="no">{t('common.no')}</MenuItem>
        </TextField>
      )}
    />
  );
  const observation = (name: 'business' | 'environment' | 'wages' | 'lodging') => (
    <NotesField form={form} name={name} label={t(`visit.${name}`)} placeholder={t(`visit.${name}Hint`)} multiline minRows={2} fullWidth />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate(-1)}><ArrowBack /></IconButton>}
        title={id ? t('visitForm.editTitle') : t('visitForm.newTitle')}
        subtitle={company?.name}
        actions={
          <>
            {id && <Button color="error" startIcon={<DeleteOutline />} onClick={() => setConfirmDelete(true)}>{t('common.delete')}</Button>}
            {id && visit && !form.formState.isDirty && (
              <Button startIcon={<FactCheckOutlined />} onClick={() => void startVetting()}>{t('vetting.fromVisit')}</Button>
            )}
          </>
        }
      />
      {banner}
      <Stack spacing={2}>
        <FormSection title={t('visitForm.who')}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2}>
              <Box sx={{ flex: 2 }}>
                <Controller
                  control={form.control}
                  name="companyId"
                  render={({ field }) => (
                    <CompanyPicker
                      label={t('visit.company')}
                      required
                      value={company}
                      onChange={(c) => (setCompany(c), field.onChange(c?.id ?? ''))}
                      error={errors.companyId?.message}
                    />
                  )}
                />
              </Box>
              <DateField control={form.control} name="visitDate" label={t('visit.date')} required sx={{ width: 180 }} />
            </Stack>
            <Controller
              control={form.control}
              name="staffIds"
              render={({ field }) => (
                <Autocomplete
                  multiple
                  options={ws.staff.filter((s) => s.active || field.value.includes(s.id))}
                  getOptionLabel={(s) => s.name}
                  value={ws.staff.filter((s) => field.value.includes(s.id))}
                  isOptionEqualToValue={(a, b) => a.id === b.id}
                  onChange={(_, v) => field.onChange(v.map((s) => s.id))}
                  renderInput={(p) => <TextField {...p} label={t('visit.staff')} required error={!!errors.staffIds} helperText={errors.staffIds?.message ?? (Array.isArray(errors.staffIds) ? errors.staffIds.find(Boolean)?.message : undefined)} />}
                />
              )}
            />
            <TextField label={t('visit.purpose')} fullWidth {...form.register('purpose')} error={!!errors.purpose} helperText={errors.purpose?.message} />
          </Stack>
        </FormSection>
        <FormSection title={t('visitForm.observations')}>
          <Stack spacing={2}>
            {observation('business')}
            {observation('environment')}
            {observation('wages')}
            <Stack direction="row" spacing={2}>
              <TextField label={t('visit.payMin')} {...form.register('payMin')} error={!!errors.payMin} helperText={errors.payMin?.message} sx={{ width: 200 }} slotProps={yuan} />
              <TextField label={t('visit.payMax')} {...form.register('payMax')} error={!!errors.payMax} helperText={errors.payMax?.message} sx={{ width: 200 }} slotProps={yuan} />
            </Stack>
            {observation('lodging')}
            <Stack direction="row" spacing={2}>
              {triSelect('dormProvided', t('visit.dormProvided'))}
              <TextField label={t('visit.peoplePerRoom')} {...form.register('peoplePerRoom')} error={!!errors.peoplePerRoom} helperText={errors.peoplePerRoom?.message} sx={{ width: 160 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
              {triSelect('mealsProvided', t('visit.mealsProvided'))}
            </Stack>
          </Stack>
        </FormSection>
        <FormSection title={t('visit.notes')}>
          <NotesField form={form} name="notes" label={t('visit.notes')} multiline minRows={2} fullWidth />
        </FormSection>
        <FormSection title={t('followUp.title')}>
          <FollowUpsEditor form={form} />
        </FormSection>
      </Stack>
      <ConfirmDialog open={confirmDelete} title={t('visitForm.deleteTitle')} body={t('visitForm.deleteBody')} confirmLabel={t('common.delete')} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />
      <FormActions>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}
