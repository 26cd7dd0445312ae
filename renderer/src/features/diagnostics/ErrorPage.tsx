// What the window shows instead of React Router's "Unexpected Application Error!": a short
// explanation in the user's language, the error in a collapsible detail, 复制错误信息 (message,
// stack, app version, route) and 重新加载. Used as the root route's errorElement and by the
// boundary around the whole app (AppErrorBoundary) for errors outside the router. The error is
// written to the log once (reportError).
import { ContentCopyOutlined, ErrorOutlined, HomeOutlined, RefreshOutlined } from '@mui/icons-material';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { Component, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { currentRoute, describeThrown, reportError, versionsText } from './reportError';

export function ErrorPage({ error, source }: { error: unknown; source: 'page' | 'app' }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const { message, stack } = describeThrown(error);
  // V8's stack begins with the message; other thrown values have only a message.
  const detail = stack?.startsWith(message) ? stack : [message, stack].filter(Boolean).join('\n');

  useEffect(() => reportError(error, source), [error, source]);

  async function copy() {
    const versions = (await versionsText()) ?? 'app ?';
    const text = [message, '', stack ?? '', '', versions, `route: ${currentRoute()}`, `time: ${new Date().toISOString()}`].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  }

  const goHome = () => {
    window.location.hash = '#/';
    window.location.reload();
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'flex-start', justifyContent: 'center', p: 4, bgcolor: 'background.default' }}>
      <Paper variant="outlined" sx={{ maxWidth: 760, width: '100%', p: 4 }} role="alert" data-testid="error-page">
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <ErrorOutlined color="error" sx={{ fontSize: 36 }} />
            <Typography variant="h5" component="h1">{t('diagnostics.errorPage.title')}</Typography>
          </Stack>
          <Typography>{t('diagnostics.errorPage.explain')}</Typography>
          <Typography color="text.secondary">{t('diagnostics.errorPage.next')}</Typography>
          <Box component="details" sx={{ '& summary': { cursor: 'pointer', fontWeight: 600 } }}>
            <summary>{t('diagnostics.errorPage.details')}</summary>
            <Box
              component="pre"
              data-testid="error-detail"
              sx={{ mt: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 320, overflow: 'auto' }}
            >
              {detail}
            </Box>
          </Box>
          {copied && <Alert severity={copied === 'copied' ? 'success' : 'warning'} role="status">{t(`diagnostics.errorPage.${copied}`)}</Alert>}
          <Stack direction="row" spacing={1}>
            <Button variant="contained" startIcon={<RefreshOutlined />} onClick={() => window.location.reload()}>{t('diagnostics.errorPage.reload')}</Button>
            <Button variant="outlined" startIcon={<ContentCopyOutlined />} onClick={() => void copy()}>{t('diagnostics.errorPage.copy')}</Button>
            <Button startIcon={<HomeOutlined />} onClick={goHome}>{t('diagnostics.errorPage.home')}</Button>
          </Stack>
        </Stack>
      </Paper>
    </Box>
  );
}

/** The root route's errorElement: whatever a screen threw while rendering or loading. */
export function RouteErrorPage() {
  return <ErrorPage error={useRouteError()} source="page" />;
}

/** Around the whole app: errors outside the router (a provider, the theme) get the same page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? <ErrorPage error={this.state.error} source="app" /> : this.props.children;
  }
}
