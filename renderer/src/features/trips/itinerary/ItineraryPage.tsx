// A trip's itinerary: a day-by-day list, a day view with parallel tracks side by side,
// a view per delegation member, and the core's warnings (never blocks).
import AddOutlined from '@mui/icons-material/AddOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Alert, AlertTitle, Box, Button, Chip, IconButton, MenuItem, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { ItineraryItem, Trip } from '../../../../../shared/trips/contract';
import type { ApiError } from '../../../../../shared/result';
import { addDays } from '../../../../../shared/trips/shift';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useNotifier } from '../../../app/Notifier';
import { useWorkspace } from '../../../app/WorkspaceContext';
import { ApiCallError, api, call } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { ItemDialog } from './ItemDialog';
import { RowActions } from '../../../components/RowActions';
import { inDateRange } from '../../../../../shared/validation';
import { PrintReportButton } from '../../files/PrintReportButton';

type View = 'list' | 'day' | 'person';
const KIND_COLOR: Record<string, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'info'> = {
  travel: 'info', lodging: 'default', jobFair: 'primary', training: 'success', seminar: 'secondary', signing: 'warning',
  campusRecruitment: 'primary', siteVisit: 'secondary', other: 'default',
};
const day = (s: string) => s.slice(0, 10);
const time = (s: string) => s.slice(11, 16);

function tripDays(trip: Trip): string[] {
  const days = new Set<string>();
  // Within the workspace's years only: past 9999 addDays has no four-digit form, and a trip stored
  // before the date rule (year 9999) would otherwise never reach its end.
  for (let d = trip.startDate; d <= trip.endDate && inDateRange(d) && days.size < 400; d = addDays(d, 1)) days.add(d);
  for (const i of trip.items) days.add(day(i.startsAt));
  return [...days].sort();
}

export function ItineraryPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const { notify, notifySaved, notifyError } = useNotifier();
  const [trip, setTrip] = useState<Trip | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [view, setView] = useState<View>('list');
  const [dialog, setDialog] = useState<{ item: ItineraryItem | null; day: string } | null>(null);
  const [deleting, setDeleting] = useState<ItineraryItem | null>(null);
  const [selectedDay, setSelectedDay] = useState('');
  const [groupBy, setGroupBy] = useState<'track' | 'county'>('track');
  const [personId, setPersonId] = useState('');

  const load = useCallback(() => {
    call(api().trips.get({ id }))
      .then((v) => (setTrip(v), setError(null)))
      .catch((e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }));
  }, [id]);
  useEffect(load, [load, ws.version]);

  const days = useMemo(() => (trip ? tripDays(trip) : []), [trip]);
  const byDay = useMemo(() => {
    const m = new Map<string, ItineraryItem[]>();
    for (const i of [...(trip?.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt))) {
      const d = day(i.startsAt);
      m.set(d, [...(m.get(d) ?? []), i]);
    }
    return m;
  }, [trip]);

  if (error) return <ErrorState error={error} onRetry={() => (setError(null), load())} />;
  if (!trip) return <LoadingState />;

  const memberName = new Map(trip.members.map((m) => [m.id, m.name]));
  const companyName = new Map(trip.participants.map((p) => [p.companyId, p.companyName]));
  const itemById = new Map(trip.items.map((i) => [i.id, i]));
  const route = (leg: NonNullable<ItineraryItem['travel']>) => `${leg.from} → ${leg.to}`;
  const label = (i: ItineraryItem | undefined) => {
    if (!i) return '';
    const base = i.title ?? (i.travel ? route(i.travel) : t(`itinerary.kind.${i.kind}`));
    return `${base}（${fmt.date(day(i.startsAt))} ${time(i.startsAt)}）`;
  };
  const names = (ids: string[]) => ids.map((x) => memberName.get(x) ?? '?').join('、');
  const dayIndex = (d: string) => days.indexOf(d) + 1;
  const dayTitle = (d: string) => t('itinerary.dayLabel', { n: dayIndex(d), date: fmt.date(d) });
  const columnKey = (i: ItineraryItem) => (groupBy === 'track' ? (i.track ?? t('itinerary.noTrack')) : (i.countyName ?? t('itinerary.noCounty')));
  // The side-by-side view is for days with parallel tracks: it opens on the first such day.
  const parallelDay = days.find((d) => new Set(byDay.get(d)?.map(columnKey)).size > 1);
  const firstBusyDay = days.find((d) => byDay.has(d)) ?? days[0] ?? '';
  const currentDay = days.includes(selectedDay) ? selectedDay : view === 'day' ? (parallelDay ?? firstBusyDay) : firstBusyDay;
  const warnedItems = new Set(trip.warnings.flatMap((w) => w.itemIds));

  const itemCard = (i: ItineraryItem, compact = false) => (
    <Paper key={i.id} variant="outlined" data-testid="itinerary-item" sx={{ p: compact ? 1 : 1.5, borderColor: warnedItems.has(i.id) ? 'warning.main' : undefined, minWidth: 0 }}>
      <Stack direction={compact ? 'column' : 'row'} spacing={compact ? 0 : 1} sx={{ alignItems: compact ? 'stretch' : 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
              {time(i.startsAt)}–{time(i.endsAt)}{day(i.endsAt) !== day(i.startsAt) ? ` ${t('itinerary.nextDay')}` : ''}
            </Typography>
            <Chip size="small" color={KIND_COLOR[i.kind]} label={t(`itinerary.kind.${i.kind}`)} />
            {!compact && i.track && <Chip size="small" variant="outlined" label={t('itinerary.track', { track: i.track })} />}
          </Stack>
          <Typography sx={{ fontWeight: 500, mt: 0.5, overflowWrap: 'anywhere' }}>{i.title ?? (i.travel ? route(i.travel) : t(`itinerary.kind.${i.kind}`))}</Typography>
          {/* Without a name the route is the title: the line under it says only the mode and number, not 交通 → route again. */}
          {i.travel && !i.title && (
            <Typography variant="body2">{[t(`itinerary.mode.${i.travel.mode}`), i.travel.number].filter(Boolean).join(' ')}</Typography>
          )}
          {i.travel && i.title && (
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {t('itinerary.travelLine', { mode: t(`itinerary.mode.${i.travel.mode}`), number: i.travel.number ?? '', from: i.travel.from, to: i.travel.to })}
            </Typography>
          )}
          {(i.place || i.countyName) && (
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>{[i.countyName, i.place].filter(Boolean).join(' · ')}</Typography>
          )}
          {i.memberIds.length > 0 && <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{t('itinerary.people', { names: names(i.memberIds) })}</Typography>}
          {i.companyIds.length > 0 && (
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{t('itinerary.companies', { names: i.companyIds.map((c) => companyName.get(c) ?? '?').join('、') })}</Typography>
          )}
          {i.localContact && (
            <Typography variant="body2" color="text.secondary">{t('itinerary.contact', { name: [i.localContact, i.localContactPhone].filter(Boolean).join(' ') })}</Typography>
          )}
          {!compact && i.notes && <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{i.notes}</Typography>}
        </Box>
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <RowActions onEdit={() => setDialog({ item: i, day: day(i.startsAt) })} onDelete={() => setDeleting(i)} />
        </Stack>
      </Stack>
    </Paper>
  );

  const listView = (
    <Stack spacing={2}>
      {days.map((d) => (
        <Box key={d} data-testid="itinerary-day">
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1 }}>{dayTitle(d)}</Typography>
            <Button size="small" startIcon={<AddOutlined />} onClick={() => setDialog({ item: null, day: d })}>{t('itinerary.addOnDay')}</Button>
          </Stack>
          {byDay.get(d)?.length ? <Stack spacing={1}>{byDay.get(d)!.map((i) => itemCard(i))}</Stack> : <Typography variant="body2" color="text.secondary">{t('itinerary.emptyDay')}</Typography>}
        </Box>
      ))}
    </Stack>
  );

  const dayItems = byDay.get(currentDay) ?? [];
  const columns = new Map<string, ItineraryItem[]>();
  for (const i of dayItems) columns.set(columnKey(i), [...(columns.get(columnKey(i)) ?? []), i]);
  const dayView = (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <TextField select size="small" label={t('itinerary.dayChooser')} value={currentDay} onChange={(e) => setSelectedDay(e.target.value)} sx={{ minWidth: 220 }}>
          {days.map((d) => <MenuItem key={d} value={d}>{dayTitle(d)}</MenuItem>)}
        </TextField>
        <ToggleButtonGroup size="small" exclusive value={groupBy} onChange={(_, v: 'track' | 'county' | null) => v && setGroupBy(v)} aria-label={t('itinerary.groupBy.label')}>
          <ToggleButton value="track">{t('itinerary.groupBy.track')}</ToggleButton>
          <ToggleButton value="county">{t('itinerary.groupBy.county')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {dayItems.length === 0 ? <Typography color="text.secondary">{t('itinerary.emptyDay')}</Typography> : (
        <Box data-testid="day-columns" sx={{ display: 'grid', gridTemplateColumns: `repeat(${columns.size}, minmax(120px, 1fr))`, gap: 1, overflowX: 'auto', pb: 1 }}>
          {[...columns].map(([key, items]) => (
            <Box key={key} data-testid="day-column" sx={{ minWidth: 0 }}>
              <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 1, px: 0.5, borderBottom: 2, borderColor: 'primary.main', overflowWrap: 'anywhere' }}>{key}</Typography>
              <Stack spacing={1}>{items.map((i) => itemCard(i, true))}</Stack>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );

  const personItems = trip.items.filter((i) => i.memberIds.includes(personId));
  const personView = (
    <Box>
      <TextField select size="small" label={t('itinerary.person.label')} value={personId} onChange={(e) => setPersonId(e.target.value)} sx={{ minWidth: 260, mb: 2 }}>
        {trip.members.map((m) => <MenuItem key={m.id} value={m.id}>{m.name}{m.organisation ? ` · ${m.organisation}` : ''}</MenuItem>)}
      </TextField>
      {!personId ? <Typography color="text.secondary">{t('itinerary.person.choose')}</Typography> : personItems.length === 0 ? (
        <Typography color="text.secondary">{t('itinerary.person.none')}</Typography>
      ) : (
        <Stack spacing={2} data-testid="person-items">
          {days.filter((d) => byDay.get(d)?.some((i) => i.memberIds.includes(personId))).map((d) => (
            <Box key={d}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>{dayTitle(d)}</Typography>
              <Stack spacing={1}>{byDay.get(d)!.filter((i) => i.memberIds.includes(personId)).map((i) => itemCard(i))}</Stack>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );

  // The core writes the calendar file (Asia/Shanghai times, one event per item).
  // Days one after another in the chosen language, printed by Chromium in the main process to a PDF the user places.
  async function printItinerary() {
    try {
      const saved = await call(api().trips.printItinerary({ id, lang: i18n.language.startsWith('en') ? 'en' : 'zh' }));
      if (saved) notifySaved(t('itinerary.printed', { path: saved.path }), saved.path);
    } catch (e) {
      notifyError(e);
    }
  }

  async function exportIcs() {
    try {
      const saved = await call(api().trips.exportIcs({ id }));
      if (saved) notifySaved(t('itinerary.exported', { file: saved.path }), saved.path);
    } catch (e) {
      notifyError(e);
    }
  }

  async function remove(i: ItineraryItem) {
    setDeleting(null);
    try {
      await call(api().itinerary.delete({ id: i.id }));
      ws.changed();
      notify(t('itinerary.deleted'));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Box sx={{ p: 3, minWidth: 0 }}>
      <PageHeader
        back={<IconButton component={RouterLink} to={`/trips/${trip.id}`} aria-label={t('itinerary.backToTrip')}><ArrowBackOutlined /></IconButton>}
        title={t('itinerary.title', { trip: trip.title })}
        subtitle={t('itinerary.subtitle', { from: fmt.date(trip.startDate), to: fmt.date(trip.endDate), count: trip.items.length })}
        actions={
          <>
            <Button startIcon={<PictureAsPdfOutlined />} onClick={() => void printItinerary()}>{t('itinerary.print')}</Button>
            <PrintReportButton report={{ report: 'itinerary', tripId: trip.id }} />
            <Button startIcon={<EventOutlined />} onClick={() => void exportIcs()}>{t('itinerary.exportIcs')}</Button>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setDialog({ item: null, day: currentDay || trip.startDate })}>{t('itinerary.add')}</Button>
          </>
        }
      />
      {trip.warnings.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="itinerary-warnings">
          <AlertTitle>{t('itinerary.warnings.title', { count: trip.warnings.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 132, overflowY: 'auto' }}>
            {trip.warnings.map((w, n) => (
              <li key={n}>
                {t(`itinerary.warnings.${w.kind}`, { people: names(w.memberIds), a: label(itemById.get(w.itemIds[0]!)), b: label(itemById.get(w.itemIds[1] ?? '')) })}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, v: View | null) => v && setView(v)} aria-label={t('itinerary.view.label')} sx={{ mb: 2 }}>
        <ToggleButton value="list">{t('itinerary.view.list')}</ToggleButton>
        <ToggleButton value="day">{t('itinerary.view.day')}</ToggleButton>
        <ToggleButton value="person">{t('itinerary.view.person')}</ToggleButton>
      </ToggleButtonGroup>
      {trip.items.length === 0 && view !== 'list' ? <EmptyState title={t('itinerary.empty')} hint={t('itinerary.emptyHint')} /> : view === 'list' ? listView : view === 'day' ? dayView : personView}
      <ItemDialog trip={trip} open={dialog !== null} item={dialog?.item ?? null} day={dialog?.day ?? trip.startDate} onClose={() => setDialog(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('itinerary.deleteTitle')}
        body={t('itinerary.deleteBody', { label: label(deleting ?? undefined) })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
}
