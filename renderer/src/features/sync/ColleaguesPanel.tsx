// Settings › 团队同步 › 同事: each computer of the team, its user, the newest change received
// from it and when it arrived (relative, in the user's language; the exact time on hover).
import { Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import type { Colleague } from '../../../../shared/sync/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';

type Listing = { phase: 'loading' } | { phase: 'failed'; error: ApiError } | { phase: 'ready'; colleagues: Colleague[] };

function When({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!iso) return <>{t('sync.colleagues.never')}</>;
  return (
    <Tooltip title={f.dateTime(iso)}>
      <span>{f.ago(iso)}</span>
    </Tooltip>
  );
}

export function ColleaguesPanel() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const f = useFormat();
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    call(api().sync.colleagues({})).then(
      (colleagues) => live && setListing({ phase: 'ready', colleagues }),
      (e) => live && setListing({ phase: 'failed', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } }),
    );
    return () => {
      live = false;
    };
  }, [ws.version, attempt]);

  if (listing.phase === 'loading') return <LoadingState />;
  if (listing.phase === 'failed') return <ErrorState error={listing.error} onRetry={() => setAttempt((n) => n + 1)} />;
  const others = listing.colleagues.filter((c) => !c.isMe);
  return (
    <>
      <Table size="small" data-testid="sync-colleagues">
        <TableHead>
          <TableRow>
            <TableCell>{t('sync.colleagues.computer')}</TableCell>
            <TableCell>{t('sync.colleagues.user')}</TableCell>
            <TableCell>{t('sync.colleagues.lastChange')}</TableCell>
            <TableCell>{t('sync.colleagues.received')}</TableCell>
            <TableCell align="right">{t('sync.colleagues.packets')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {listing.colleagues.map((c) => (
            <TableRow key={c.computerId} selected={c.isMe}>
              <TableCell>
                {c.computerName}
                {c.isMe && <Typography component="span" variant="caption" color="text.secondary">{` · ${t('sync.colleagues.me')}`}</Typography>}
              </TableCell>
              <TableCell>{c.userName}</TableCell>
              {c.isMe ? (
                <TableCell colSpan={3}>
                  {c.lastReceivedAt ? t('sync.colleagues.lastSync', { when: f.ago(c.lastReceivedAt) }) : t('sync.colleagues.neverSynced')}
                </TableCell>
              ) : (
                <>
                  <TableCell><When iso={c.lastChangeAt} /></TableCell>
                  <TableCell><When iso={c.lastReceivedAt} /></TableCell>
                  <TableCell align="right">{f.number(c.packets)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {others.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('sync.colleagues.empty')}</Typography>
      )}
    </>
  );
}
