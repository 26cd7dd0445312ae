import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type CompanyForm, emptyContact } from './companyForm';
import { NotesField } from '../../components/NotesField';

export function ContactsEditor({ form }: { form: UseFormReturn<CompanyForm> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'contacts', keyName: 'key' });
  const errors = form.formState.errors.contacts;
  return (
    <Stack spacing={1.5}>
      {fields.length === 0 && <Typography color="text.secondary" variant="body2">{t('company.noContacts')}</Typography>}
      {fields.map((f, i) => (
        <Stack key={f.key} direction="row" spacing={1} data-testid={`contact-${i}`} sx={{ alignItems: 'flex-start' }}>
          <TextField label={t('contact.name')} required {...form.register(`contacts.${i}.name`)} error={!!errors?.[i]?.name} helperText={errors?.[i]?.name?.message} sx={{ flex: 1 }} />
          <TextField label={t('contact.role')} {...form.register(`contacts.${i}.role`)} error={!!errors?.[i]?.role} helperText={errors?.[i]?.role?.message} sx={{ flex: 1 }} />
          <TextField label={t('contact.phone')} {...form.register(`contacts.${i}.phone`)} error={!!errors?.[i]?.phone} helperText={errors?.[i]?.phone?.message} sx={{ flex: 1 }} />
          <NotesField form={form} name={`contacts.${i}.note`} label={t('contact.note')} sx={{ flex: 1.5 }} />
          <Tooltip title={t('contact.remove')}>
            <IconButton aria-label={t('contact.remove')} onClick={() => remove(i)}>
              <DeleteOutline />
            </IconButton>
          </Tooltip>
        </Stack>
      ))}
      <Box>
        <Button startIcon={<AddOutlined />} onClick={() => append(emptyContact())}>{t('contact.add')}</Button>
      </Box>
      <Typography variant="caption" color="text.secondary">{t('contact.privacy')}</Typography>
    </Stack>
  );
}
