// Create or edit a company. The form checks with the contract's schema as the user
// types, keeps a draft, warns about similar names and shows the core's refusals
// (a name or credit code already in use) next to the field.
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Autocomplete, Box, Button, Chip, IconButton, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { companyInput, type Company } from '../../../../shared/companies/schema';
import { allowedStatuses, COMPANY_STATUSES } from '../../../../shared/companies/status';
import { useWorkspace } from '../../app/WorkspaceContext';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { useRecordForm } from '../../lib/useRecordForm';
import { type CompanyForm, companyToForm, emptyCompanyForm, formToCompanyInput } from './companyForm';
import { ContactsEditor } from './ContactsEditor';
import { SimilarNames } from './SimilarNames';
import { NotesField } from '../../components/NotesField';

export function CompanyFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const [tagOptions, setTagOptions] = useState<string[]>([]);
  const { form, record: company, submit, guard, banner, gate } = useRecordForm<Company, CompanyForm>({
    id,
    get: (id) => call(api().companies.get({ id })),
    toForm: companyToForm,
    empty: emptyCompanyForm,
    schema: companyInput,
    toInput: formToCompanyInput,
    draft: id ? `company:${id}` : 'company:new',
    save: (values) => {
      const input = formToCompanyInput(values);
      return id ? call(api().companies.update({ id, ...input })) : call(api().companies.create(input));
    },
    onSaved: (saved) => navigate(`/companies/${saved.id}`, { replace: !id }),
  });

  // Tags already in use are offered as the user types one.
  useEffect(() => {
    call(api().companies.tags({})).then(setTagOptions, () => undefined);
  }, [id]);

  if (gate) return gate;

  const errors = form.formState.errors;
  const statuses = company ? allowedStatuses(company.status) : [...COMPANY_STATUSES];
  const name = form.watch('name');

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate(-1)}><ArrowBack /></IconButton>}
        title={id ? t('companyForm.editTitle', { name: company?.name }) : t('companyForm.newTitle')}
      />
      {banner}
      <Stack spacing={2}>
        <FormSection title={t('companyForm.basics')}>
          <Stack spacing={2}>
            <Box>
              <TextField label={t('company.name')} required fullWidth {...form.register('name')} error={!!errors.name} helperText={errors.name?.message} autoFocus={!id} />
              <SimilarNames name={name} excludeId={id ?? null} />
            </Box>
            <Stack direction="row" spacing={2}>
              <TextField
                label={t('company.creditCode')}
                {...form.register('creditCode')}
                error={!!errors.creditCode}
                helperText={errors.creditCode?.message ?? t('company.creditCodeHint')}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { maxLength: 24, style: { fontFamily: 'monospace', textTransform: 'uppercase' } } }}
              />
              <Controller
                control={form.control}
                name="status"
                render={({ field }) => (
                  <TextField select label={t('company.status')} {...field} sx={{ width: 180 }} error={!!errors.status} helperText={errors.status?.message}>
                    {statuses.map((s) => <MenuItem key={s} value={s}>{t(`status.${s}`)}</MenuItem>)}
                  </TextField>
                )}
              />
            </Stack>
            <Stack direction="row" spacing={2}>
              <Controller
                control={form.control}
                name="townId"
                render={({ field }) => (
                  <TextField select label={t('company.town')} {...field} sx={{ flex: 1 }} error={!!errors.townId} helperText={errors.townId?.message}>
                    <MenuItem value="">{t('common.notSet')}</MenuItem>
                    {ws.towns.map((x) => <MenuItem key={x.id} value={x.id}>{x.name}</MenuItem>)}
                    {company?.townId && !ws.towns.some((x) => x.id === company.townId) && <MenuItem value={company.townId}>{company.townName}</MenuItem>}
                  </TextField>
                )}
              />
              <Controller
                control={form.control}
                name="industryId"
                render={({ field }) => (
                  <TextField select label={t('company.industry')} {...field} sx={{ flex: 1 }} error={!!errors.industryId} helperText={errors.industryId?.message}>
                    <MenuItem value="">{t('common.notSet')}</MenuItem>
                    {ws.industries.map((x) => <MenuItem key={x.id} value={x.id}>{x.name}</MenuItem>)}
                    {company?.industryId && !ws.industries.some((x) => x.id === company.industryId) && <MenuItem value={company.industryId}>{company.industryName}</MenuItem>}
                  </TextField>
                )}
              />
              <TextField label={t('company.headcount')} {...form.register('headcount')} error={!!errors.headcount} helperText={errors.headcount?.message} sx={{ width: 160 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
            </Stack>
            <TextField label={t('company.address')} fullWidth {...form.register('address')} error={!!errors.address} helperText={errors.address?.message} />
          </Stack>
        </FormSection>
        <FormSection title={t('companyForm.tagsNotes')}>
          <Stack spacing={2}>
            <Controller
              control={form.control}
              name="tags"
              render={({ field }) => (
                <Autocomplete
                  multiple
                  freeSolo
                  options={tagOptions}
                  value={field.value}
                  onChange={(_, v) => field.onChange(v.map((x) => x.trim()).filter(Boolean))}
                  renderValue={(value, getItemProps) => value.map((option, index) => <Chip size="small" label={option} {...getItemProps({ index })} key={option} />)}
                  renderInput={(p) => <TextField {...p} label={t('company.tags')} helperText={errors.tags ? t('errors.invalidValue') : t('company.tagsHint')} error={!!errors.tags} />}
                />
              )}
            />
            <NotesField form={form} name="notes" label={t('company.notes')} multiline minRows={3} fullWidth />
          </Stack>
        </FormSection>
        <FormSection title={t('company.contacts')}>
          <ContactsEditor form={form} />
        </FormSection>
      </Stack>
      <FormActions>
        <Button onClick={() => navigate(id ? `/companies/${id}` : '/companies')}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}
