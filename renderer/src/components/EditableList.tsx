// An editable list of names (towns, industries, job types): add, rename in place,
// remove, with the core's refusals shown at the field. Callers pass the channels.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, List, ListItem, ListItemText, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../app/Notifier';
import { useWorkspace } from '../app/WorkspaceContext';
import { firstIssueMessage } from '../lib/applyApiError';
import { LoadingState } from './States';

export interface EditableListProps {
  /** null while loading. */
  items: readonly { id: string; name: string; inUse: number }[] | null;
  /** Accessible name of the list. */
  label: string;
  /** Label of the "new entry" field. */
  newLabel: string;
  create: (name: string) => Promise<unknown>;
  rename: (id: string, name: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
}

export function EditableList({ items, label, newLabel, create, rename, remove }: EditableListProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, after: () => void) {
    try {
      await action();
      setError(null);
      after();
      ws.changed();
    } catch (e) {
      const message = firstIssueMessage(e, t);
      if (message) setError(message);
      else notifyError(e);
    }
  }

  if (!items) return <LoadingState />;
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }} component="form" onSubmit={(e) => {
        e.preventDefault();
        void run(() => create(name), () => setName(''));
      }}>
        <TextField label={newLabel} value={name} onChange={(e) => setName(e.target.value)} error={Boolean(error) && !editing} helperText={!editing ? error : undefined} sx={{ flex: 1 }} />
        <Button type="submit" startIcon={<AddOutlined />} disabled={!name.trim()} sx={{ alignSelf: 'flex-start' }}>{t('common.add')}</Button>
      </Stack>
      <List dense sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} aria-label={label}>
        {items.length === 0 && (
          <ListItem>
            <Typography color="text.secondary">{t('settings.emptyList')}</Typography>
          </ListItem>
        )}
        {items.map((item) =>
          editing?.id === item.id ? (
            <ListItem key={item.id} component="form" onSubmit={(e: React.FormEvent) => {
              e.preventDefault();
              void run(() => rename(item.id, editing.name), () => setEditing(null));
            }}>
              <TextField value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} autoFocus error={Boolean(error)} helperText={error} sx={{ flex: 1 }} />
              <Button type="submit">{t('common.save')}</Button>
              <Button onClick={() => (setEditing(null), setError(null))}>{t('common.cancel')}</Button>
            </ListItem>
          ) : (
            <ListItem
              key={item.id}
              secondaryAction={
                <>
                  <Tooltip title={t('common.rename')}>
                    <IconButton aria-label={`${t('common.rename')} ${item.name}`} onClick={() => setEditing({ id: item.id, name: item.name })}><EditOutlined fontSize="small" /></IconButton>
                  </Tooltip>
                  <Tooltip title={t('common.remove')}>
                    <IconButton aria-label={`${t('common.remove')} ${item.name}`} onClick={() => void run(() => remove(item.id), () => notify(t('settings.removed', { name: item.name })))}>
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
