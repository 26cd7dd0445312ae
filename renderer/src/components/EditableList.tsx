// An editable list of names (towns, industries, job types): add, rename in place,
// remove, with the core's refusals shown at the field. Callers pass the channels and
// the rule a name follows there.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, List, ListItem, ListItemText, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useNotifier } from '../app/Notifier';
import { useWorkspace } from '../app/WorkspaceContext';
import { useSchemaForm } from '../lib/useSchemaForm';
import { LoadingState } from './States';

export interface EditableListProps {
  /** null while loading. */
  items: readonly { id: string; name: string; inUse: number }[] | null;
  /** Accessible name of the list. */
  label: string;
  /** Label of the "new entry" field. */
  newLabel: string;
  /** The channels' rule for `{ name }` (e.g. `lookupCreateInput.pick({ name: true })`). */
  nameSchema: z.ZodType;
  create: (name: string) => Promise<unknown>;
  rename: (id: string, name: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
}

interface NameForm {
  name: string;
}

export function EditableList({ items, label, newLabel, nameSchema, create, rename, remove }: EditableListProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [editing, setEditing] = useState<string | null>(null);
  const adding = useSchemaForm<NameForm>({
    schema: nameSchema,
    defaultValues: { name: '' },
    mode: 'onSubmit',
    save: ({ name }) => create(name),
    savedMessage: null,
    onSaved: () => adding.form.reset(),
  });
  const newName = useWatch({ control: adding.form.control, name: 'name' });

  async function removeItem(item: { id: string; name: string }) {
    try {
      await remove(item.id);
      ws.changed();
      notify(t('settings.removed', { name: item.name }));
    } catch (e) {
      notifyError(e);
    }
  }

  if (!items) return <LoadingState />;
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }} component="form" onSubmit={adding.submit} noValidate>
        <TextField label={newLabel} {...adding.form.register('name')} error={!!adding.errors.name} helperText={adding.errors.name?.message} sx={{ flex: 1 }} />
        <Button type="submit" startIcon={<AddOutlined />} disabled={!newName.trim() || adding.saving} sx={{ alignSelf: 'flex-start' }}>{t('common.add')}</Button>
      </Stack>
      <List dense sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} aria-label={label}>
        {items.length === 0 && (
          <ListItem>
            <Typography color="text.secondary">{t('settings.emptyList')}</Typography>
          </ListItem>
        )}
        {items.map((item) =>
          editing === item.id ? (
            <RenameRow key={item.id} item={item} nameSchema={nameSchema} rename={rename} onDone={() => setEditing(null)} />
          ) : (
            <ListItem
              key={item.id}
              secondaryAction={
                <>
                  <Tooltip title={t('common.rename')}>
                    <IconButton aria-label={`${t('common.rename')} ${item.name}`} onClick={() => setEditing(item.id)}><EditOutlined fontSize="small" /></IconButton>
                  </Tooltip>
                  <Tooltip title={t('common.remove')}>
                    <IconButton aria-label={`${t('common.remove')} ${item.name}`} onClick={() => void removeItem(item)}>
                      <DeleteOutline fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </>
              }
            >
              <ListItemText primary={item.name} />
              {item.inUse > 0 && <Chip size="small" label={t('settings.inUse', { count: item.inUse })} sx={{ mr: 8 }} />}
            </ListItem>
          ),
        )}
      </List>
    </Box>
  );
}

function RenameRow({ item, nameSchema, rename, onDone }: { item: { id: string; name: string }; nameSchema: z.ZodType; rename: EditableListProps['rename']; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<NameForm>({
    schema: nameSchema,
    defaultValues: { name: item.name },
    mode: 'onSubmit',
    save: ({ name }) => rename(item.id, name),
    savedMessage: null,
    onSaved: onDone,
  });
  return (
    <ListItem component="form" onSubmit={submit} noValidate>
      <TextField {...form.register('name')} autoFocus error={!!errors.name} helperText={errors.name?.message} sx={{ flex: 1 }} />
      <Button type="submit" disabled={saving}>{t('common.save')}</Button>
      <Button onClick={onDone}>{t('common.cancel')}</Button>
    </ListItem>
  );
}
