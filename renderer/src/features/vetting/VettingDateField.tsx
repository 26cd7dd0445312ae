// The day a vetting was done: a field on a draft, saved when the reviewer leaves it (like the
// answers), read-only text once signed off. Work done before it is entered is dated as it happened.
import { Box, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFieldIssues } from '../../../../shared/result';
import { type Vetting, vettingSetDateInput } from '../../../../shared/vetting/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { DateInput } from '../../components/DateInput';
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
  const box = useRef<HTMLDivElement>(null);
  // The stored date changed under the field (another tab, a colleague's sync): the field follows it.
  const [stored, setStored] = useState(vetting.vettedOn);
  if (stored !== vetting.vettedOn) {
    setStored(vetting.vettedOn);
    setValue(vetting.vettedOn);
  }

  async function save() {
    if (vetting.status === 'signedOff') return;
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

  // A day picked in the calendar is saved at once (the focus is in the calendar, not the field);
  // a typed one when the reviewer leaves the field or presses Enter, not at every keystroke.
  useEffect(() => {
    if (value !== vetting.vettedOn && !box.current?.contains(document.activeElement)) void save();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value from the calendar saves here
  }, [value]);

  if (vetting.status === 'signedOff') {
    return (
      <Typography variant="body2" data-testid="vetted-on">
        {t('vetting.dates.vettedOnIs', { date: fmt.date(vetting.vettedOn) })}
      </Typography>
    );
  }

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Box
        ref={box}
        data-testid="vetted-on"
        sx={{ width: error ? 360 : 200 }}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
        onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && void save()}
      >
        <DateInput
          label={t('vetting.dates.vettedOn')}
          value={value}
          onChange={(v) => (setValue(v), setSaved(false))}
          error={!!error}
          helperText={error ?? (saved ? t('vetting.dates.saved') : ' ')}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>{t('vetting.dates.vettedOnHint')}</Typography>
    </Stack>
  );
}
