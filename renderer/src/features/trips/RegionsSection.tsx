// The partner regions as an editable list: prefectures and their counties (pre-filled
// with 楚雄州 and 迪庆州). Trips that went somewhere keep it when it is removed here.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Prefecture } from '../../../../shared/trips/contract';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { LoadingState } from '../../components/States';
import { api, call } from '../../lib/api';
import { firstIssueMessage } from '../../lib/applyApiError';
import { useRegions } from './common';

/** A one-line "name + add" form; problems from the core show under the field. */
function AddName({ label, onAdd }: { label: string; onAdd: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { notifyError } = useNotifier();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack direction="row" spacing={1} component="form" onSubmit={async (e: React.FormEvent) => {
      e.preventDefault();
      try {
        await onAdd(name);
        setName('');
        setError(null);
      } catch (err) {
        const message = firstIssueMessage(err, t);
        if (message) setError(message);
        else notifyError(err);
      }
    }}>
      <TextField size="small" label={label} value={name} onChange={(e) => setName(e.target.value)} error={Boolean(error)} helperText={error} sx={{ width: 220 }} />
      <Button type="submit" startIcon={<AddOutlined />} disabled={!name.trim()} sx={{ alignSelf: 'flex-start' }}>{t('common.add')}</Button>
    </Stack>
  );
}

function PrefectureRow({ prefecture }: { prefecture: Prefecture }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
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
          <Stack direction="row" spacing={1} component="form" onSubmit={(e: React.FormEvent) => {
            e.preventDefault();
            void run(() => call(api().regions.rename(renaming))).then(() => setRenaming(null));
          }}>
            <TextField size="small" value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} autoFocus />
            <Button type="submit">{t('common.save')}</Button>
            <Button onClick={() => setRenaming(null)}>{t('common.cancel')}</Button>
          </Stack>
        ) : (
          <>
            <Typography sx={{ fontWeight: 600 }}>{prefecture.name}</Typography>
            <Tooltip title={t('common.rename')}>
              <IconButton size="small" aria-label={t('common.rename')} onClick={() => setRenaming({ id: prefecture.id, name: prefecture.name })}><EditOutlined fontSize="small" /></IconButton>
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
      <AddName label={t('settings.regions.newCounty')} onAdd={async (name) => {
        await call(api().regions.create({ name, prefectureId: prefecture.id }));
        ws.changed();
      }} />
    </Box>
  );
}

export function RegionsSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const regions = useRegions();
  if (!regions) return <LoadingState />;
  return (
    <Stack spacing={1.5}>
      {regions.map((p) => <PrefectureRow key={p.id} prefecture={p} />)}
      <AddName label={t('settings.regions.newPrefecture')} onAdd={async (name) => {
        await call(api().regions.create({ name }));
        ws.changed();
      }} />
    </Stack>
  );
}
