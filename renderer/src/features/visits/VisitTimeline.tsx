// A company's visits, newest first, with what was seen and what must follow.
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Visit } from '../../../../shared/visits/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { EmptyState, LoadingState } from '../../components/States';
import { api, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';

const OBSERVATIONS = ['business', 'environment', 'wages', 'lodging'] as const;

export function VisitTimeline({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const [visits, setVisits] = useState<Visit[] | null>(null);

  useEffect(() => {
    (async () => {
      const list = await call(api().visits.list({ companyId, limit: 200 }));
      const full = await Promise.all(list.rows.map((r) => call(api().visits.get({ id: r.id }))));
      setVisits(full);
    })().catch(() => setVisits([]));
  }, [companyId, ws.version]);

  if (!visits) return <LoadingState />;
  if (visits.length === 0) return <EmptyState title={t('timeline.empty')} hint={t('timeline.emptyHint')} />;
  const today = todayIso();
  return (
    <Stack spacing={1.5} data-testid="visit-timeline">
      {visits.map((v) => (
        <Card key={v.id} variant="outlined">
          <CardActionArea onClick={() => navigate(`/visits/${v.id}`)}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 1 }}>
                <Typography sx={{ fontWeight: 600 }}>{fmt.date(v.visitDate)}</Typography>
                <Typography color="text.secondary" variant="body2" noWrap>{v.staff.map((s) => s.name).join('、')}</Typography>
                {v.purpose && <Typography variant="body2" noWrap sx={{ minWidth: 0 }}>· {v.purpose}</Typography>}
              </Stack>
              <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
                {OBSERVATIONS.filter((o) => v[o]).map((o) => (
                  <Typography key={o} variant="body2" sx={{ overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}>
                    <b>{t(`visit.${o}`)}：</b>{v[o]}
                  </Typography>
                ))}
              </Box>
              {v.followUps.length > 0 && (
                <Stack spacing={0.5} sx={{ mt: 1 }}>
                  {v.followUps.map((f) => (
                    <Stack key={f.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      {f.done ? <CheckCircleOutline fontSize="small" color="success" /> : <RadioButtonUnchecked fontSize="small" color={f.dueDate && f.dueDate < today ? 'error' : 'action'} />}
                      <Typography variant="body2" sx={{ textDecoration: f.done ? 'line-through' : 'none' }}>{f.what}</Typography>
                      {f.dueDate && <Chip size="small" variant="outlined" color={!f.done && f.dueDate < today ? 'error' : 'default'} label={t('followUp.due', { date: fmt.date(f.dueDate) })} />}
                      {f.whoName && <Typography variant="caption" color="text.secondary">{f.whoName}</Typography>}
                    </Stack>
                  ))}
                </Stack>
              )}
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Stack>
  );
}
