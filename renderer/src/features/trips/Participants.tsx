// The companies taken on a trip and the positions each brings. A company whose latest
// vetting does not allow it is refused by the core with the reason why; the dialog
// then shows why and asks for the reason to take it anyway, which is recorded.
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Link as RouterLink } from 'react-router';
import { type Participant, participantsInput, type Trip } from '../../../../shared/trips/contract';
import type { Position } from '../../../../shared/positions/schema';
import { useNotifier } from '../../app/Notifier';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { TripSummariesButton } from '../reports/TripSummariesButton';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { CompanyPicker } from '../visits/CompanyPicker';
import { NotesField } from '../../components/NotesField';

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

interface ParticipantForm {
  companyId: string;
  companyName: string;
  positionIds: string[];
  /** Why the company needs a reason to be taken (the core's word, or 'override' for one given before); null: it needs none. */
  why: string | null;
  overrideReason: string;
}

const toInput = (tripId: string) => (f: ParticipantForm) => ({
  tripId,
  companyId: f.companyId,
  positionIds: f.positionIds,
  overrideReason: f.why ? f.overrideReason : null,
});

// The contract's input, and a reason whenever the company needs one.
const participantForm = participantsInput.extend({ needsReason: z.boolean() }).refine((v) => !v.needsReason || !!v.overrideReason, { path: ['overrideReason'], message: 'required' });

function ParticipantDialog({ trip, participant, onClose, onSaved }: { trip: Trip; participant: Participant | null; onClose: () => void; onSaved: (t: Trip) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { form, submit, errors, saving } = useSchemaForm<ParticipantForm, Trip>({
    schema: participantForm,
    // No company chosen yet reads "required", not "invalid format".
    toInput: (f) => ({ ...toInput(trip.id)(f), companyId: f.companyId || null, needsReason: f.why !== null }),
    defaultValues: {
      companyId: participant?.companyId ?? '',
      companyName: participant?.companyName ?? '',
      positionIds: participant?.positions.map((p) => p.positionId) ?? [],
      why: participant?.overrideReason ? 'override' : null,
      overrideReason: participant?.overrideReason ?? '',
    },
    mode: 'onSubmit',
    save: (values) => call(api().trips.setParticipants(toInput(trip.id)(values))),
    onSaved,
    // A company its vetting does not allow: the dialog says why and asks for the reason to take it anyway.
    onRefused: (e, form) => {
      if (!(e instanceof ApiCallError && e.error.key === 'companyNotEligible')) return false;
      form.clearErrors();
      form.setValue('why', String(e.error.params?.why ?? 'notVetted'));
      return true;
    },
  });
  const [companyId, companyName, chosen, why] = useWatch({ control: form.control, name: ['companyId', 'companyName', 'positionIds', 'why'] });
  // The chosen company's positions; the last company's are never offered for this one.
  const [loaded, setLoaded] = useState<{ companyId: string; positions: Position[] } | null>(null);
  useEffect(() => {
    if (!companyId) return;
    let live = true;
    call(api().positions.list({ companyId })).then(
      (v) => {
        if (!live) return;
        setLoaded({ companyId, positions: v });
        // A company joining the trip usually brings all it offers: its positions start ticked.
        // An existing participant keeps the ones chosen before.
        if (!participant) form.setValue('positionIds', v.map((p) => p.id));
      },
      () => live && setLoaded({ companyId, positions: [] }),
    );
    return () => {
      live = false;
    };
  }, [companyId, participant, form]);
  const positions = loaded?.companyId === companyId ? loaded.positions : null;

  const pick = (c: { id: string; name: string } | null) => {
    form.reset({ companyId: c?.id ?? '', companyName: c?.name ?? '', positionIds: [], why: null, overrideReason: '' }, { keepDefaultValues: true });
  };
  const toggle = (id: string, on: boolean) => form.setValue('positionIds', on ? [...chosen, id] : chosen.filter((x) => x !== id), { shouldDirty: true });
  const setAll = (on: boolean) => form.setValue('positionIds', on && positions ? positions.map((p) => p.id) : [], { shouldDirty: true });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{participant ? t('trips.companies.editTitle', { name: participant.companyName }) : t('trips.companies.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {!participant && (
              <CompanyPicker label={t('trips.companies.company')} value={companyId ? { id: companyId, name: companyName } : null} onChange={pick} error={errors.companyId?.message} required />
            )}
            {companyId && (
              <Box>
                <Stack direction="row" spacing={1} sx={{ mb: 0.5, alignItems: 'center' }}>
                  <Typography variant="subtitle2">{t('trips.companies.positions')}</Typography>
                  {positions && positions.length > 1 && (
                    <>
                      <Button size="small" sx={{ ml: 'auto !important' }} disabled={chosen.length === positions.length} onClick={() => setAll(true)}>{t('trips.companies.selectAll')}</Button>
                      <Button size="small" disabled={chosen.length === 0} onClick={() => setAll(false)}>{t('trips.companies.selectNone')}</Button>
                    </>
                  )}
                </Stack>
                {positions === null ? null : positions.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">{t('trips.companies.noPositions')}</Typography>
                ) : (
                  <Stack>
                    {positions.map((p) => (
                      <FormControlLabel
                        key={p.id}
                        label={t('trips.companies.positionLine', { jobType: p.jobTypeName, title: p.title, headcount: fmt.number(p.headcount) })}
                        control={<Checkbox checked={chosen.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />}
                      />
                    ))}
                  </Stack>
                )}
                {errors.positionIds && <Typography variant="body2" color="error">{errors.positionIds.message}</Typography>}
              </Box>
            )}
            {why && why !== 'override' && (
              <Alert severity="warning" data-testid="not-eligible">
                {t('trips.companies.notEligible', { why: t(`errors.notEligibleWhy.${why}`, { defaultValue: why }) })}
              </Alert>
            )}
            {why && (
              <NotesField form={form} name="overrideReason" label={t('trips.companies.overrideReason')} required multiline minRows={2} helperText={t('trips.companies.overrideHint')} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
