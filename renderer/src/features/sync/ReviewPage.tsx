// 合并审阅: every conflict a sync brought that waits for a person, one card each. A choice is
// a change of its own: it closes the card here now and on every colleague's computer once it
// has travelled there.
import { Box, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import type { SyncCard, SyncResolveInput } from '../../../../shared/sync/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { SyncCardView } from './SyncCardView';

type Listing = { phase: 'loading' } | { phase: 'failed'; error: ApiError } | { phase: 'ready'; cards: SyncCard[] };

export function ReviewPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify } = useNotifier();
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Read again after every write (a sync that brought or closed cards is one).
  useEffect(() => {
    let live = true;
    call(api().sync.cards({})).then(
      (cards) => live && setListing({ phase: 'ready', cards }),
      (e) => live && setListing({ phase: 'failed', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } }),
    );
    return () => {
      live = false;
    };
  }, [ws.version, attempt]);

  /** Throws the core's refusal: the card words it (under its value field, or in the snackbar). */
  const resolve = async (input: SyncResolveInput) => {
    const cards = await call(api().sync.resolve(input));
    setListing({ phase: 'ready', cards });
    notify(t('sync.review.resolved'));
    ws.changed();
  };

  const count = listing.phase === 'ready' ? listing.cards.length : 0;
  return (
    <Box sx={{ maxWidth: 1000 }}>
      <PageHeader title={t('sync.review.title')} subtitle={count > 0 ? t('sync.review.count', { count }) : undefined} />
      <Box component="p" sx={{ mt: 0, mb: 2, color: 'text.secondary', typography: 'body2' }}>{t('sync.review.hint')}</Box>
      {listing.phase === 'loading' ? (
        <LoadingState />
      ) : listing.phase === 'failed' ? (
        <ErrorState error={listing.error} onRetry={() => (setListing({ phase: 'loading' }), setAttempt((n) => n + 1))} />
      ) : listing.cards.length === 0 ? (
        <EmptyState title={t('sync.review.empty')} hint={t('sync.review.emptyHint')} />
      ) : (
        <Stack spacing={1.5}>
          {listing.cards.map((card) => (
            <SyncCardView key={card.id} card={card} onResolve={resolve} />
          ))}
        </Stack>
      )}
    </Box>
  );
}
