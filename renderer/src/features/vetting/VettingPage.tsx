// One vetting: the checklist by section (answers save at once), the score panel with
// the verdict and sign-off; a signed-off vetting reads only and can be amended.
// A draft is answered with the keyboard too: focus starts on the first unanswered item and
// moves as checklistKeys.ts says; a section's plain items can be passed in one go.
import ArrowBack from '@mui/icons-material/ArrowBack';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined';
import { Alert, Box, Button, Card, IconButton, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { Action, Vetting } from '../../../../shared/vetting/schema';
import { sectionPassAnswers } from '../../../../shared/vetting/sectionPass';
import type { TemplateItem } from '../../../../shared/vetting/template';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { VettingSummaryButton } from '../reports/VettingSummaryButton';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { ActionDialog } from './ActionDialog';
import { firstOpenIn, type Move, nextItemKey, type Pending } from './checklistKeys';
import { dayOf, scoreText, useLoc } from './common';
import { ItemCard } from './ItemCard';
import { ScorePanel } from './ScorePanel';
import { SectionPassDialog } from './SectionPassDialog';
import { SignOffDialog } from './SignOffDialog';
import { VettingDateField } from './VettingDateField';

export function VettingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const loc = useLoc();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [vetting, setVetting] = useState<Vetting | null>(null);
  const [actions, setActions] = useState<Action[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirmSignOff, setConfirmSignOff] = useState(false);
  const [actionFor, setActionFor] = useState<TemplateItem | null>(null);
  // Answers save concurrently and each reply carries the whole vetting: a reply older than what is shown is dropped.
  const accept = useCallback((v: Vetting) => setVetting((prev) => (prev && prev.id === v.id && v.updatedAt < prev.updatedAt ? prev : v)), []);
  const [passing, setPassing] = useState<string | null>(null);
  // The item holding focus (marked, its keys live), and each request to move focus to an item.
  const [current, setCurrent] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ key: string; n: number } | null>(null);
  const focusOn = useCallback((key: string | null) => key && setFocus((f) => ({ key, n: (f?.n ?? 0) + 1 })), []);
  // The newest vetting for key handlers created before its reply arrived.
  const latest = useRef<Vetting | null>(null);
  useEffect(() => {
    latest.current = vetting;
  });
  const move = useCallback(
    (from: string, how: Move, pending?: Pending) => {
      if (latest.current) focusOn(nextItemKey(latest.current, from, how, pending ?? null));
    },
    [focusOn],
  );
  const blurred = useCallback((key: string) => setCurrent((c) => (c === key ? null : c)), []);

  // A draft opens on its first unanswered item, ready for the keys (once per vetting, not on every reply).
  const draftId = vetting && vetting.id === id && vetting.status === 'draft' ? vetting.id : null;
  useEffect(() => {
    if (draftId && latest.current) focusOn(nextItemKey(latest.current, null, 'nextUnanswered'));
  }, [draftId, focusOn]);

  const load = useCallback(() => {
    call(api().vettings.get({ id })).then(
      (v) => {
        setVetting(v);
        setError(null);
        call(api().actions.list({ companyId: v.companyId, scope: 'all' })).then((list) => setActions(list.filter((a) => a.vettingId === v.id)), () => setActions([]));
      },
      (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
  }, [id]);
  useEffect(load, [load]);

  if (error) return <ErrorState error={error} onRetry={() => (setError(null), load())} />;
  if (!vetting || vetting.id !== id) return <LoadingState />;

  const readOnly = vetting.status === 'signedOff';
  const visible = new Map(vetting.score.items.map((i) => [i.key, i.visible]));

  function sectionPassed(v: Vetting, sectionKey: string) {
    setPassing(null);
    accept(v);
    // On to what the section still asks for: its critical items, numbers and the rest.
    focusOn(firstOpenIn(v, sectionKey));
  }

  // Cancelled: back to the section's first open item, where the keys carry on.
  function sectionLeft() {
    if (passing && vetting) focusOn(firstOpenIn(vetting, passing));
    setPassing(null);
  }

  function signedOff(v: Vetting) {
    setConfirmSignOff(false);
    setVetting(v);
    window.scrollTo({ top: 0 });
  }
  // Past work entered later says when it was entered, beside the day it was signed off.
  const enteredOn = vetting.signedOffAt ? dayOf(vetting.signedOffAt) : null;

  async function amend() {
    try {
      const v = await call(api().vettings.amend({ id }));
      ws.changed();
      notify(t('vetting.amend.done'));
      navigate(`/vettings/${v.id}`);
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Box sx={{ maxWidth: 1240 }}>
      <PageHeader
        back={<IconButton aria-label={t('vetting.back')} onClick={() => navigate(`/companies/${vetting.companyId}`)}><ArrowBack /></IconButton>}
        title={t('vetting.pageTitle', { company: vetting.companyName })}
        subtitle={t('vetting.subtitle', {
          template: loc(vetting.template.name), version: vetting.templateVersion, by: vetting.startedByName ?? t('common.unknown'), date: fmt.date(dayOf(vetting.createdAt)),
        })}
        actions={
          readOnly && !vetting.amendedInId ? (
            // The latest signed-off vetting: the one a summary reports.
            <Stack direction="row" spacing={1}>
              <VettingSummaryButton companyId={vetting.companyId} variant="outlined" />
              <Button variant="outlined" startIcon={<EditNoteOutlined />} onClick={() => void amend()}>{t('vetting.amend.button')}</Button>
            </Stack>
          ) : undefined
        }
      />
      <Box sx={{ mb: 2 }}>
        <VettingDateField vetting={vetting} onChanged={accept} />
      </Box>
      {readOnly && (
        <Alert severity={vetting.verdict === 'rejected' ? 'warning' : 'success'} sx={{ mb: 2 }} data-testid="signed-off">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('vetting.signOff.banner', { name: vetting.signedOffByName ?? t('common.unknown'), date: fmt.date(vetting.signedOffOn), verdict: vetting.verdict ? t(`vetting.verdict.${vetting.verdict}`) : '—' })}
            {' · '}{t('vetting.score.overall')} {scoreText(vetting.score.overall, fmt)}
          </Typography>
          {vetting.expiresOn && (
            <Typography variant="body2">
              {t('vetting.signOff.expires', { date: fmt.date(vetting.expiresOn) })}
              {enteredOn && enteredOn !== vetting.signedOffOn && ` · ${t('vetting.dates.recorded', { date: fmt.date(enteredOn) })}`}
            </Typography>
          )}
          {vetting.override?.reason && <Typography variant="body2">{t('vetting.signOff.reason', { reason: vetting.override.reason })}</Typography>}
        </Alert>
      )}
      {vetting.amendedInId && (
        <Alert severity="info" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => navigate(`/vettings/${vetting.amendedInId}`)}>{t('vetting.amend.openAmendment')}</Button>}>
          {t('vetting.amend.replaced')}
        </Alert>
      )}
      {vetting.amendsId && (
        <Alert severity="info" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => navigate(`/vettings/${vetting.amendsId}`)}>{t('vetting.amend.openOriginal')}</Button>}>
          {t('vetting.amend.of', { date: fmt.date(dayOf(vetting.createdAt)), name: vetting.amendedByName ?? t('common.unknown') })}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
          {!readOnly && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', color: 'text.secondary' }} data-testid="keys-hint">
              <KeyboardOutlined fontSize="small" sx={{ mt: 0.25 }} />
              <Typography variant="body2">{t('vetting.keys.hint')}</Typography>
            </Stack>
          )}
          {vetting.template.sections.map((s) => {
            const sectionScore = vetting.score.sections.find((x) => x.key === s.key);
            const passable = readOnly ? 0 : sectionPassAnswers(vetting, s.key).length;
            return (
              <Card key={s.key} variant="outlined" data-anchor={`section-${s.key}`} data-testid={`section-${s.key}`}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 2, py: 1.25, bgcolor: 'grey.50' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1 }}>{loc(s.title)}</Typography>
                  {!readOnly && (
                    // A disabled button shows no tooltip of its own: the span carries why.
                    <span title={passable ? undefined : t('vetting.sectionPass.none')}>
                      <Button size="small" startIcon={<DoneAllOutlined />} disabled={!passable} onClick={() => setPassing(s.key)}>
                        {t('vetting.sectionPass.button')}
                      </Button>
                    </span>
                  )}
                  <Typography variant="body2" color="text.secondary">{sectionScore ? `${sectionScore.answered}/${sectionScore.visible}` : ''}</Typography>
                  <Typography sx={{ fontWeight: 600, minWidth: 40, textAlign: 'right' }}>{scoreText(sectionScore?.score, fmt)}</Typography>
                </Stack>
                {s.items.filter((i) => visible.get(i.key)).map((item) => (
                  <ItemCard
                    key={`${vetting.id}:${item.key}`}
                    vetting={vetting}
                    item={item}
                    readOnly={readOnly}
                    actions={actions.filter((a) => a.itemKey === item.key)}
                    onChanged={accept}
                    onNewAction={setActionFor}
                    current={current === item.key}
                    focusSignal={focus?.key === item.key ? focus.n : 0}
                    onFocused={setCurrent}
                    onBlurred={blurred}
                    onMove={move}
                  />
                ))}
              </Card>
            );
          })}
        </Stack>
        <Box sx={{ width: 300, flexShrink: 0, position: 'sticky', top: 16, alignSelf: 'flex-start' }}>
          <ScorePanel key={vetting.id} vetting={vetting} onChanged={accept} onSignOff={() => setConfirmSignOff(true)} />
        </Box>
      </Stack>
      {!readOnly && <SectionPassDialog vetting={vetting} sectionKey={passing} onClose={sectionLeft} onDone={sectionPassed} />}
      {!readOnly && <SignOffDialog vetting={vetting} open={confirmSignOff} onClose={() => setConfirmSignOff(false)} onSignedOff={signedOff} />}
      <ActionDialog
        vettingId={vetting.id}
        item={actionFor}
        onClose={() => setActionFor(null)}
        onCreated={() => {
          setActionFor(null);
          load();
        }}
      />
    </Box>
  );
}
