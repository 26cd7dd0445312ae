// The editable job-type list (普工, 技工, 仓管, …): add, rename in place, remove.
// The same look as the towns and industries lists (settings/LookupSection), on jobTypes.*.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, List, ListItem, ListItemText, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { LoadingState } from '../../components/States';
import { api, call } from '../../lib/api';
import { firstIssueMessage } from '../../lib/applyApiError';
import { useJobTypes } from './common';

export function JobTypesSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const items = useJobTypes();
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
        void run(() => call(api().jobTypes.create({ name })), () => setName(''));
      }}>
        <TextField label={t('positions.jobTypes.new')} value={name} onChange={(e) => setName(e.target.value)} error={Boolean(error) && !editing} helperText={!editing ? error : undefined} sx={{ flex: 1 }} />
        <Button type="submit" startIcon={<AddOutlined />} disabled={!name.trim()} sx={{ alignSelf: 'flex-start' }}>{t('common.add')}</Button>
      </Stack>
      <List dense sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} aria-label={t('positions.jobTypes.title')}>
        {items.length === 0 && (
          <ListItem>
            <Typography color="text.secondary">{t('settings.emptyList')}</Typography>
          </ListItem>
        )}
        {items.map((item) =>
          editing?.id === item.id ? (
            <ListItem key={item.id} component="form" onSubmit={(e: React.FormEvent) => {
              e.preventDefault();
              void run(() => call(api().jobTypes.rename({ id: item.id, name: editing.name })), () => setEditing(null));
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
                    <IconButton aria-label={`${t('common.remove')} ${item.name}`} onClick={() => void run(() => call(api().jobTypes.delete({ id: item.id })), () => notify(t('settings.removed', { name: item.name })))}>
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
