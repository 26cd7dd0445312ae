// Asks before leaving a form with unsaved edits: inside the app (router navigation)
// with a dialog, and when the window closes through beforeunload (Electron's main
// process turns that into a native question). The draft is already saved, so
// "leave" keeps it for next time and "discard" throws it away.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

export function useUnsavedGuard(dirty: boolean, onDiscard: () => void, onLeave: () => void) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const handler = (e: BeforeUnloadEvent) => {
      onLeave();
      e.preventDefault();
    };
    window.addEventListener('beforeunload', handler);
    return () => window.removeEventListener('beforeunload', handler);
  }, [dirty, onLeave]);

  const dialog = (
    <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()}>
      <DialogTitle>{t('unsaved.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('unsaved.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()}>{t('unsaved.stay')}</Button>
        <Button
          color="error"
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          {t('unsaved.discard')}
        </Button>
        <Button
          variant="contained"
          onClick={() => {
            onLeave();
            blocker.proceed?.();
          }}
        >
          {t('unsaved.keepDraft')}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return dialog;
}
