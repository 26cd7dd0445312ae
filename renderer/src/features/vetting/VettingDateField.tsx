// The day a vetting was done: a field on a draft, saved when the reviewer leaves it (like the
// answers), read-only text once signed off. Work done before it is entered is dated as it happened.
import { Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFieldIssues } from '../../../../shared/result';
import { type Vetting, vettingSetDateInput } from '../../../../shared/vetting/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { dateSlots } from '../../lib/dateInput';
import { useFormat } from '../../lib/format';
import { issueMessage } from '../../lib/formResolver';
import { failure } from './common';

export function VettingDateField({ vetting, onChanged }: { vetting: Vetting; onChanged: (v: Vetting) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const [value, setValue] = useState(vetting.vettedOn);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // The stored date changed under the field (another tab, a colleague's sync): the field follows it.
  const [stored, setStored] = useState(vetting.vettedOn);
  if (stored !== vetting.vettedOn) {
    setStored(vetting.vettedOn);
    setValue(vetting.vettedOn);
  }

  if (vetting.status === 'signedOff') {
    return (
      <Typography variant="body2" data-testid="vetted-on">
        {t('vetting.dates.vettedOnIs', { date: fmt.date(vetting.vettedOn) })}
      </Typography>
    );
  }

  async function save() {
    if (value === vetting.vettedOn) return setError(null);
    // The schema's own check first (a date, not after today), worded as the core would.
    const parsed = vettingSetDateInput.safeParse({ id: vetting.id, vettedOn: value });
    if (!parsed.success) return setError(issueMessage(t, toFieldIssues(parsed.error.issues)[0]!));
    try {
      const v = await call(api().vettings.setDate(parsed.data));
      setError(null);
      setSaved(true);
      ws.changed();
      onChanged(v);
    } catch (e) {
      setError(failure(e, t).message);
    }
  }

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        type="date"
        size="small"
        label={t('vetting.dates.vettedOn')}
        value={value}
        onChange={(e) => (setValue(e.target.value), setSaved(false))}
        onBlur={() => void save()}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        error={!!error}
        helperText={error ?? (saved ? t('vetting.dates.saved') : ' ')}
        slotProps={dateSlots}
        sx={{ width: error ? 360 : 200 }}
        data-testid="vetted-on"
      />
      <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>{t('vetting.dates.vettedOnHint')}</Typography>
    </Stack>
  );
}
