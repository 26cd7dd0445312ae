// "Remove this person everywhere": lists every place the person's name and phone appear
// (people.find), then clears them on confirmation (people.remove). Opened from the staff
// list, a company's contacts and a trip's delegation.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFindings, PersonRef } from '../../../../shared/people/schema';
import type { ApiError } from '../../../../shared/result';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';

export function RemovePersonDialog({ person, onClose, onRemoved }: { person: PersonRef; onClose: () => void; onRemoved?: () => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [found, setFound] = useState<PersonFindings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState(false);

  // By kind and id: the caller passes a new object on each of its renders.
  const { kind, id } = person;
  useEffect(() => {
    call(api().people.find({ kind, id })).then(setFound, (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }));
  }, [kind, id]);

  async function remove() {
    setRemoving(true);
    try {
      const r = await call(api().people.remove({ kind, id }));
      notify(t('people.removed', { count: r.places }));
      ws.changed();
      onRemoved?.();
      onClose();
    } catch (e) {
      notifyError(e);
      setRemoving(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="remove-person-title">
      <DialogTitle id="remove-person-title">{found ? t('people.title', { name: found.name }) : t('people.action')}</DialogTitle>
      <DialogContent dividers>
        {error ? (
          <ErrorState error={error} />
        ) : !found ? (
          <LoadingState />
        ) : (
          <>
            {found.phone && <Typography variant="body2" color="text.secondary" gutterBottom>{t('people.phone', { phone: found.phone })}</Typography>}
            <Alert severity="warning" sx={{ mb: 1.5 }}>{t('people.intro')}</Alert>
            {found.places.length === 0 ? (
              <Typography color="text.secondary">{t('people.none')}</Typography>
            ) : (
              <List dense disablePadding data-testid="person-places">
                {found.places.map((p, i) => (
                  <ListItem key={i} disableGutters divider>
                    <ListItemText
                      primary={
                        <>
                          <Box component="span" sx={{ fontWeight: 500 }}>{t(`people.kind.${p.kind}`)}</Box>
                          {p.field && <Box component="span" sx={{ color: 'text.secondary' }}>{` · ${t(`people.field.${p.field}`, { defaultValue: p.field })}`}</Box>}
                        </>
                      }
                      secondary={[p.label, p.count > 1 ? t('people.count', { count: p.count }) : ''].filter(Boolean).join(' · ') || null}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color="error" disabled={!found || removing} onClick={() => void remove()}>{t('people.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}
