// The companies taken on a trip and the positions each brings. A company whose latest
// vetting does not allow it is refused by the core with the reason why; the dialog
// then shows why and asks for the reason to take it anyway, which is recorded.
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Participant, Trip } from '../../../../shared/trips/contract';
import type { Position } from '../../../../shared/positions/schema';
import { useNotifier } from '../../app/Notifier';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { TripSummariesButton } from '../reports/TripSummariesButton';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { CompanyPicker } from '../visits/CompanyPicker';

export function Participants({ trip, onChange }: { trip: Trip; onChange: (t: Trip) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { notify, notifyError } = useNotifier();
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);

  async function remove(p: Participant) {
    setRemoving(null);
    try {
      onChange(await call(api().trips.removeParticipant({ tripId: trip.id, companyId: p.companyId })));
      notify(t('trips.companies.removed'));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <FormSection
      title={t('trips.companies.title')}
      action={
        <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
          <TripSummariesButton tripId={trip.id} disabled={trip.participants.length === 0} />
          <Button size="small" startIcon={<Add />} onClick={() => setEditing('new')}>{t('trips.companies.add')}</Button>
        </Stack>
      }
    >
      {trip.participants.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('trips.companies.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="participants">
          <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableRow>
              <TableCell>{t('trips.companies.col.company')}</TableCell>
              <TableCell>{t('trips.companies.col.positions')}</TableCell>
              <TableCell align="right">{t('trips.companies.col.headcount')}</TableCell>
              <TableCell align="right">{t('trips.companies.col.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {trip.participants.map((p) => (
              <TableRow key={p.companyId} sx={{ verticalAlign: 'top' }}>
                <TableCell>
                  <Link component={RouterLink} to={`/companies/${p.companyId}`} underline="hover" sx={{ fontWeight: 500 }}>{p.companyName}</Link>
                  <Typography variant="body2" color={p.overrideReason ? 'warning.main' : 'text.secondary'}>
                    {p.verdict ? t(`vetting.verdict.${p.verdict}`) : t('trips.companies.verdictNone')}
                    {p.overrideReason && ` · ${t('trips.companies.override', { reason: p.overrideReason })}`}
                  </Typography>
                </TableCell>
                <TableCell>
                  {p.positions.length === 0 ? '—' : p.positions.map((x) => <Box key={x.positionId}>{t('trips.companies.positionLine', { jobType: x.jobTypeName, title: x.title, headcount: fmt.number(x.headcount) })}</Box>)}
                </TableCell>
                <TableCell align="right">{fmt.number(p.positions.reduce((n, x) => n + x.headcount, 0))}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <IconButton size="small" aria-label={t('trips.companies.editPositions', { name: p.companyName })} onClick={() => setEditing(p)}><EditOutlined fontSize="small" /></IconButton>
                  <IconButton size="small" aria-label={t('trips.companies.remove', { name: p.companyName })} onClick={() => setRemoving(p)}><DeleteOutline fontSize="small" /></IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <ParticipantDialog trip={trip} participant={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={(v) => (onChange(v), setEditing(null))} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('trips.companies.removeTitle')}
        body={t('trips.companies.removeBody', { name: removing?.companyName ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        onConfirm={() => void remove(removing!)}
        onClose={() => setRemoving(null)}
      />
    </FormSection>
  );
}

function ParticipantDialog({ trip, participant, onClose, onSaved }: { trip: Trip; participant: Participant | null; onClose: () => void; onSaved: (t: Trip) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { notify, notifyError } = useNotifier();
  const [company, setCompany] = useState<{ id: string; name: string } | null>(participant ? { id: participant.companyId, name: participant.companyName } : null);
  const [positions, setPositions] = useState<Position[] | null>(null);
  const [chosen, setChosen] = useState<string[]>(participant?.positions.map((p) => p.positionId) ?? []);
  const [why, setWhy] = useState<string | null>(participant?.overrideReason ? 'override' : null);
  const [reason, setReason] = useState(participant?.overrideReason ?? '');
  const [fieldError, setFieldError] = useState<{ company?: string; reason?: string }>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    if (!company) return;
    call(api().positions.list({ companyId: company.id })).then((v) => live && setPositions(v), () => live && setPositions([]));
    return () => {
      live = false;
    };
  }, [company]);

  const pick = (c: { id: string; name: string } | null) => {
    setCompany(c);
    setPositions(null); // the last company's positions are never offered for this one
    setChosen([]);
    setWhy(null);
    setReason('');
    setFieldError({});
  };

  async function save() {
    if (!company) return setFieldError({ company: t('errors.required') });
    if (why && !reason.trim()) return setFieldError({ reason: t('errors.required') });
    setSaving(true);
    try {
      const saved = await call(api().trips.setParticipants({ tripId: trip.id, companyId: company.id, positionIds: chosen, overrideReason: why ? reason : null }));
      notify(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiCallError && e.error.key === 'companyNotEligible') {
        setWhy(String(e.error.params?.why ?? 'notVetted'));
        setFieldError({});
      } else if (e instanceof ApiCallError && e.error.issues?.length) {
        setFieldError({ company: t(`errors.${e.error.issues[0]!.key}`, { ...e.error.issues[0]!.params, defaultValue: t('errors.invalidValue') }) });
      } else {
        notifyError(e);
      }
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{participant ? t('trips.companies.editTitle', { name: participant.companyName }) : t('trips.companies.addTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {!participant && <CompanyPicker label={t('trips.companies.company')} value={company} onChange={pick} error={fieldError.company} required />}
          {company && (
            <Box>
              <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('trips.companies.positions')}</Typography>
              {positions === null ? null : positions.length === 0 ? (
                <Typography variant="body2" color="text.secondary">{t('trips.companies.noPositions')}</Typography>
              ) : (
                <Stack>
                  {positions.map((p) => (
                    <FormControlLabel
                      key={p.id}
                      label={t('trips.companies.positionLine', { jobType: p.jobTypeName, title: p.title, headcount: fmt.number(p.headcount) })}
                      control={<Checkbox checked={chosen.includes(p.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id)))} />}
                    />
                  ))}
                </Stack>
              )}
            </Box>
          )}
          {why && why !== 'override' && (
            <Alert severity="warning" data-testid="not-eligible">
              {t('trips.companies.notEligible', { why: t(`errors.notEligibleWhy.${why}`, { defaultValue: why }) })}
            </Alert>
          )}
          {why && (
            <TextField
              label={t('trips.companies.overrideReason')}
              required
              multiline
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={!!fieldError.reason}
              helperText={fieldError.reason ?? t('trips.companies.overrideHint')}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={saving} onClick={() => void save()}>{t('common.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
