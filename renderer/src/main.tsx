import { CssBaseline, ThemeProvider } from '@mui/material';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import './i18n';
import { NotifierProvider } from './app/Notifier';
import { DateLocalization } from './app/DateLocalization';
import { router } from './app/routes';
import { makeTheme } from './app/theme';
import { WorkspaceProvider } from './app/WorkspaceContext';
import { AppErrorBoundary } from './features/diagnostics/ErrorPage';
import { installErrorReporting } from './features/diagnostics/reportError';

installErrorReporting();

function Root() {
  const { i18n } = useTranslation();
  const theme = useMemo(() => makeTheme(i18n.language), [i18n.language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AppErrorBoundary>
      <DateLocalization>
        <NotifierProvider>
          <WorkspaceProvider>
            <RouterProvider router={router} />
          </WorkspaceProvider>
        </NotifierProvider>
      </DateLocalization>
      </AppErrorBoundary>
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
