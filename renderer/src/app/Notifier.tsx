// One place for transient messages (saved, restored, failed), shown as a snackbar.
import { Alert, Snackbar } from '@mui/material';
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';
import { ApiCallError } from '../lib/api';
import { reportError } from '../features/diagnostics/reportError';

type Severity = 'success' | 'error' | 'info' | 'warning';
interface Note { id: number; text: string; severity: Severity }

interface Notifier {
  notify: (text: string, severity?: Severity) => void;
  /** Shows the message of a failed call in the user's language. */
  notifyError: (e: unknown) => void;
}

const Ctx = createContext<Notifier | null>(null);

export function errorText(t: (k: string, o?: Record<string, unknown>) => string, error: ApiError): string {
  return t(`errors.${error.key}`, { ...error.params, defaultValue: t(`errors.code.${error.code}`) });
}

export function NotifierProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<Note | null>(null);
  const notify = useCallback((text: string, severity: Severity = 'success') => setNote({ id: Date.now(), text, severity }), []);
  const notifyError = useCallback(
    (e: unknown) => {
      const error: ApiError = e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' };
      // Not a refusal from the core but a bug on this side: into the log, as the error page's are.
      if (!(e instanceof ApiCallError)) reportError(e, 'caught');
      notify(errorText(t, error), 'error');
    },
    [notify, t],
  );
  return (
    <Ctx.Provider value={{ notify, notifyError }}>
      {children}
      <Snackbar
        key={note?.id}
        open={note !== null}
        autoHideDuration={note?.severity === 'error' ? 8000 : 4000}
        onClose={(_, reason) => reason !== 'clickaway' && setNote(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {note ? (
          <Alert severity={note.severity} variant="filled" onClose={() => setNote(null)} role={note.severity === 'error' ? 'alert' : 'status'}>
            {note.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </Ctx.Provider>
  );
}

export function useNotifier(): Notifier {
  const v = useContext(Ctx);
  if (!v) throw new Error('useNotifier outside NotifierProvider');
  return v;
}
