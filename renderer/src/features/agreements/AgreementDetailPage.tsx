// One agreement: what was signed, by whom, when and where; its targets with progress
// measured from the records (state colours, where the pace says it should be); the
// scanned documents.
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, Link, Stack, Typography } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { Agreement } from '../../../../shared/agreements/schema';
import type { ApiError } from '../../../../shared/result';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';
import { TargetProgress } from './common';
import { Documents } from './Documents';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2}>
      <Typography variant="body2" color="text.secondary" sx={{ width: 96, flexShrink: 0 }}>{label}</Typography>
      <Typography variant="body2" component="div" sx={{ minWidth: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</Typography>
    </Stack>
  );
}

export function AgreementDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [agreement, setAgreement] = useState<Agreement | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    let live = true;
    call(api().agreements.get({ id: id!, today: todayIso() })).then(
      (v) => live && (setAgreement(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [id, ws.version, attempt]);

  async function remove() {
    setConfirmDelete(false);
    try {
      await call(api().agreements.delete({ id: id! }));
      ws.changed();
      notify(t('agreements.deleted'));
      navigate('/agreements');
    } catch (e) {
      notifyError(e);
    }
  }

  if (error) return <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />;
  if (!agreement) return <LoadingState />;
  const a = agreement;
  return (
    <Box sx={{ maxWidth: 1200 }}>
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate('/agreements')}><ArrowBack /></IconButton>}
        title={a.title}
        subtitle={`${t(`agreements.type.${a.type}`)} · ${fmt.date(a.signedOn)}`}
        actions={
          <>
            <Button startIcon={<EditOutlined />} onClick={() => navigate(`/agreements/${a.id}/edit`)}>{t('common.edit')}</Button>
            <IconButton color="error" aria-label={t('common.delete')} onClick={() => setConfirmDelete(true)}><DeleteOutline /></IconButton>
          </>
        }
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ flex: 3, minWidth: 0 }}>
          <FormSection title={t('agreements.facts')}>
            <Stack spacing={1}>
              <Fact label={t('agreements.field.type')}><Chip size="small" variant="outlined" label={t(`agreements.type.${a.type}`)} /></Fact>
              <Fact label={t('agreements.field.signedOn')}>{fmt.date(a.signedOn)}</Fact>
              <Fact label={t('agreements.section.parties')}>
                <Stack component="ul" spacing={0.25} sx={{ m: 0, pl: 2.5 }}>
                  {a.parties.map((p, i) => <li key={i}>{p}</li>)}
                </Stack>
              </Fact>
              <Fact label={t('agreements.field.copies')}>{t('agreements.copiesCount', { count: a.copies, formatted: fmt.number(a.copies) })}</Fact>
              <Fact label={t('agreements.field.prefecture')}>{a.prefectureName ?? t('agreements.none')}</Fact>
              <Fact label={t('agreements.field.trip')}>
                {a.tripId ? <Link component={RouterLink} to={`/trips/${a.tripId}`} underline="hover">{a.tripTitle}</Link> : t('agreements.none')}
              </Fact>
              {a.itemTitle && <Fact label={t('agreements.field.item')}>{a.itemTitle.replace('T', ' ')}</Fact>}
              {a.notes && <Fact label={t('agreements.field.notes')}>{a.notes}</Fact>}
            </Stack>
          </FormSection>
          <FormSection title={t('agreements.section.targets')}>
            {a.targets.length === 0 ? (
              <Typography variant="body2" color="text.secondary">{t('agreements.noTargets')}</Typography>
            ) : (
              <Stack spacing={2.5}>
                {a.targets.map((target) => <TargetProgress key={target.id} target={target} />)}
                <Typography variant="caption" color="text.secondary">{t('agreements.metricHint')}</Typography>
              </Stack>
            )}
          </FormSection>
        </Stack>
        <Box sx={{ flex: 2, minWidth: 0 }}>
          <Documents agreementId={a.id} documents={a.documents} onChange={() => setAttempt((n) => n + 1)} />
        </Box>
      </Stack>
      <ConfirmDialog
        open={confirmDelete} title={t('agreements.deleteTitle')} body={t('agreements.deleteBody', { title: a.title })}
        confirmLabel={t('common.delete')} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)}
      />
    </Box>
  );
}
