// The agreements signed on one trip, for the trip page: title, type, date and how their
// targets stand, with a way to register another.
import Add from '@mui/icons-material/Add';
import { Button, Chip, Link, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AgreementRow } from '../../../../shared/agreements/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { FormSection } from '../../components/FormSection';
import { api, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';

export function TripAgreements({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const [rows, setRows] = useState<AgreementRow[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    call(api().agreements.list({ tripId, today: todayIso() })).then(
      (v) => live && (setRows(v), setFailed(false)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [tripId, ws.version]);

  return (
    <FormSection
      title={t('agreements.onTrip')}
      action={<Button size="small" startIcon={<Add />} sx={{ ml: 'auto' }} component={RouterLink} to={`/agreements/new?tripId=${tripId}`}>{t('agreements.add')}</Button>}
    >
      {failed ? (
        <Typography variant="body2" color="error">{t('errors.internal')}</Typography>
      ) : !rows ? (
        <Typography variant="body2" color="text.secondary">{t('common.loading')}</Typography>
      ) : rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('agreements.onTripEmpty')}</Typography>
      ) : (
        <Stack spacing={1} data-testid="trip-agreements">
          {rows.map((r) => (
            <Stack key={r.id} direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" color="text.secondary" sx={{ width: 110, flexShrink: 0 }}>{fmt.date(r.signedOn)}</Typography>
              <Link component={RouterLink} to={`/agreements/${r.id}`} underline="hover" variant="body2" sx={{ fontWeight: 500, minWidth: 0, overflowWrap: 'anywhere' }}>{r.title}</Link>
              <Typography variant="body2" color="text.secondary" sx={{ flexShrink: 0 }}>{t(`agreements.type.${r.type}`)}</Typography>
              {r.copies > 1 && <Typography variant="body2" color="text.secondary" sx={{ flexShrink: 0 }}>{t('agreements.copiesCount', { count: r.copies })}</Typography>}
              {r.targetsBehind > 0 && <Chip size="small" variant="outlined" color="warning" label={t('agreements.targetsBehind', { count: r.targetsBehind })} />}
            </Stack>
          ))}
        </Stack>
      )}
    </FormSection>
  );
}
