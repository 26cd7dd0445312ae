// The partner regions as an editable list: prefectures and their counties (pre-filled
// with 楚雄州 and 迪庆州). Trips that went somewhere keep it when it is removed here.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Prefecture, regionCreateInput } from '../../../../shared/trips/contract';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { LoadingState } from '../../components/States';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { useRegions } from './common';

interface NameForm {
  name: string;
}

// A region's name follows the same rule whether it is added or renamed.
const nameSchema = regionCreateInput.pick({ name: true });

/** A one-line "name + add" form; problems from the core show under the field. */
function AddName({ label, onAdd }: { label: string; onAdd: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<NameForm>({
    schema: nameSchema,
    defaultValues: { name: '' },
    mode: 'onSubmit',
    save: ({ name }) => onAdd(name),
    savedMessage: null,
    toForm: () => ({ name: '' }),
  });
  const name = useWatch({ control: form.control, name: 'name' });
  return (
    <Stack direction="row" spacing={1} component="form" onSubmit={submit} noValidate>
      <TextField size="small" label={label} {...form.register('name')} error={!!errors.name} helperText={errors.name?.message} sx={{ width: 220 }} />
      <Button type="submit" startIcon={<AddOutlined />} disabled={!name.trim() || saving} sx={{ alignSelf: 'flex-start' }}>{t('common.add')}</Button>
    </Stack>
  );
}

function RenamePrefecture({ prefecture, onDone }: { prefecture: Prefecture; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<NameForm>({
    schema: nameSchema,
    defaultValues: { name: prefecture.name },
    mode: 'onSubmit',
    save: ({ name }) => call(api().regions.rename({ id: prefecture.id, name })),
    savedMessage: null,
    onSaved: onDone,
  });
  return (
    <Stack direction="row" spacing={1} component="form" onSubmit={submit} noValidate>
      <TextField size="small" {...form.register('name')} autoFocus error={!!errors.name} helperText={errors.name?.message} />
      <Button type="submit" disabled={saving} sx={{ alignSelf: 'flex-start' }}>{t('common.save')}</Button>
      <Button onClick={onDone} sx={{ alignSelf: 'flex-start' }}>{t('common.cancel')}</Button>
    </Stack>
  );
}

function PrefectureRow({ prefecture }: { prefecture: Prefecture }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const [renaming, setRenaming] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      ws.changed();
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }} data-testid={`prefecture-${prefecture.name}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        {renaming ? (
          <RenamePrefecture prefecture={prefecture} onDone={() => setRenaming(false)} />
        ) : (
          <>
            <Typography sx={{ fontWeight: 600 }}>{prefecture.name}</Typography>
            <Tooltip title={t('common.rename')}>
              <IconButton size="small" aria-label={t('common.rename')} onClick={() => setRenaming(true)}><EditOutlined fontSize="small" /></IconButton>
            </Tooltip>
            <Tooltip title={t('common.remove')}>
              <IconButton size="small" aria-label={t('common.remove')} onClick={() => void run(() => call(api().regions.delete({ id: prefecture.id })))}><DeleteOutlined fontSize="small" /></IconButton>
            </Tooltip>
          </>
        )}
      </Stack>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        {prefecture.counties.map((c) => (
          <Chip key={c.id} size="small" label={c.name} onDelete={() => void run(() => call(api().regions.delete({ id: c.id })))} />
        ))}
      </Stack>
      <AddName label={t('settings.regions.newCounty')} onAdd={(name) => call(api().regions.create({ name, prefectureId: prefecture.id }))} />
    </Box>
  );
}

export function RegionsSection() {
  const { t } = useTranslation();
  const regions = useRegions();
  if (!regions) return <LoadingState />;
  return (
    <Stack spacing={1.5}>
      {regions.map((p) => <PrefectureRow key={p.id} prefecture={p} />)}
      <AddName label={t('settings.regions.newPrefecture')} onAdd={(name) => call(api().regions.create({ name }))} />
    </Stack>
  );
}
