// One place for transient messages (saved, restored, failed), shown as a snackbar. A message
// that a file was saved carries 打开文件 / 打开所在文件夹 (notifySaved).
// The note sits at the bottom left, over the foot of the side navigation and no wider than it:
// there it hides neither a form's fields nor its sticky 保存 / 取消 bar, nor a list's last rows.
// Going to another page closes it (AppShell tells pageChanged).
import { Alert, Box, Snackbar } from '@mui/material';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';
import { SavedFileActions } from '../components/SavedFileActions';
import { ApiCallError } from '../lib/api';
import { reportError } from '../features/diagnostics/reportError';
import { NAV_WIDTH } from './layout';

type Severity = 'success' | 'error' | 'info' | 'warning';
interface Note { id: number; text: string; severity: Severity; savedPath?: string }

// A note said just before the page changes announces that move (已删除, then back to the list):
// it goes along to the new page. One said earlier belongs to the page being left.
const ANNOUNCES_MOVE_MS = 1500;

interface Notifier {
  notify: (text: string, severity?: Severity) => void;
  /** Says a file was saved (`text` names it) and offers to open it or show it in its folder. */
  notifySaved: (text: string, path: string) => void;
  /** Shows the message of a failed call in the user's language. */
  notifyError: (e: unknown) => void;
  /** The shell's word that the user went to another page: an older note closes. */
  pageChanged: () => void;
}

const Ctx = createContext<Notifier | null>(null);

export function errorText(t: (k: string, o?: Record<string, unknown>) => string, error: ApiError): string {
  return t(`errors.${error.key}`, { ...error.params, defaultValue: t(`errors.code.${error.code}`) });
}

export function NotifierProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<Note | null>(null);
  const shownAt = useRef(0);
  const show = useCallback((n: Omit<Note, 'id'>) => {
    shownAt.current = Date.now();
    setNote({ ...n, id: shownAt.current });
  }, []);
  const pageChanged = useCallback(() => {
    if (Date.now() - shownAt.current > ANNOUNCES_MOVE_MS) setNote(null);
  }, []);
  const notify = useCallback((text: string, severity: Severity = 'success') => show({ text, severity }), [show]);
  const notifySaved = useCallback((text: string, savedPath: string) => show({ text, severity: 'success', savedPath }), [show]);
  const notifyError = useCallback(
    (e: unknown) => {
      const error: ApiError = e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' };
      // Not a refusal from the core but a bug on this side: into the log, as the error page's are.
      if (!(e instanceof ApiCallError)) reportError(e, 'caught');
      notify(errorText(t, error), 'error');
    },
    [notify, t],
  );
  const value = useMemo(() => ({ notify, notifySaved, notifyError, pageChanged }), [notify, notifySaved, notifyError, pageChanged]);
  return (
    <Ctx.Provider value={value}>
      {children}
      <Snackbar
        key={note?.id}
        open={note !== null}
        // A saved file's note stays as long as an error's: time to read a path and reach for its
        // buttons (the timer also waits while the pointer is on the note).
        autoHideDuration={note?.severity === 'error' || note?.savedPath ? 8000 : 4000}
        onClose={(_, reason) => reason !== 'clickaway' && setNote(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        sx={{ '&&': { left: 8, right: 'auto', bottom: 8, width: NAV_WIDTH - 16 } }}
        data-testid="notifier"
      >
        {note ? (
          <Alert severity={note.severity} variant="filled" onClose={() => setNote(null)} role={note.severity === 'error' ? 'alert' : 'status'} icon={false} sx={{ width: '100%', '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}>
            {/* As narrow as the navigation: no icon, and a long path breaks where it must. */}
            <Box sx={{ overflowWrap: 'anywhere' }}>{note.text}</Box>
            {note.savedPath && <SavedFileActions path={note.savedPath} />}
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
