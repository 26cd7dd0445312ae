// The vetting templates of the workspace: open one to edit it, export it as a file
// for a colleague, or import a file a colleague shared.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { TemplateSummary } from '../../../../shared/vetting/schema';
import { errorText, useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { issueMessage } from '../../lib/formResolver';
import { exportTemplateFile, importTemplateFile } from './templateFiles';

interface ImportProblem { file: string; reason: string; details: string[] }

export function TemplateListPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifySaved, notifyError } = useNotifier();
  const [rows, setRows] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  useEffect(() => {
    call(api().templates.list({})).then(
      (r) => (setRows(r), setError(null)),
      (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
  }, [ws.version]);

  async function onPick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    try {
      const created = await importTemplateFile(file);
      ws.changed();
      notify(t('templates.imported', { name: created.content.name[lang] || created.content.name.zh }));
    } catch (err) {
      const apiError: ApiError = err instanceof ApiCallError ? err.error : { code: 'INTERNAL', key: 'internal' };
      const details = (apiError.issues ?? [])
        .filter((i) => i.path.length > 1)
        .slice(0, 5)
        .map((i) => `${issueMessage(t, i)} — ${t('templates.importProblem', { where: i.path.slice(1).join('.') })}`);
      setProblem({ file: file.name, reason: errorText(t, apiError), details });
    }
  }

  async function onExport(row: TemplateSummary) {
    try {
      const path = await exportTemplateFile(row.id);
      if (path) notifySaved(t('templates.exported', { fileName: path }), path);
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeader
        title={t('templates.title')}
        subtitle={t('templates.subtitle')}
        actions={
          <>
            <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onPick} data-testid="template-import-input" />
            <Button variant="outlined" startIcon={<FileUploadOutlined />} onClick={() => fileInput.current?.click()}>
              {t('templates.import')}
            </Button>
          </>
        }
      />
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setProblem(null)} data-testid="import-problem">
          {t('templates.importFailed', { file: problem.file, reason: problem.reason })}
          {problem.details.map((d) => (
            <Typography key={d} variant="body2" sx={{ mt: 0.5 }}>{d}</Typography>
          ))}
        </Alert>
      )}
      {error ? (
        <ErrorState error={error} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState title={t('templates.empty')} hint={t('templates.emptyHint')} />
      ) : (
        <Table size="small" aria-label={t('templates.title')} sx={{ bgcolor: 'background.paper', border: 1, borderColor: 'divider' }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('templates.name')}</TableCell>
              <TableCell>{t('templates.version')}</TableCell>
              <TableCell align="right">{t('templates.versions')}</TableCell>
              <TableCell>{t('templates.usedBy')}</TableCell>
              <TableCell>{t('templates.updatedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <OpenRow key={row.id} onOpen={() => navigate(`/templates/${row.id}`)} data-testid="template-row">
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>{row.name[lang] || row.name.zh}</Typography>
                  {lang === 'zh' && row.name.en && <Typography variant="caption" color="text.secondary">{row.name.en}</Typography>}
                </TableCell>
                <TableCell><Chip size="small" label={t('templates.versionLabel', { version: row.version })} /></TableCell>
                <TableCell align="right">{fmt.number(row.versions)}</TableCell>
                <TableCell>{t('templates.usedByCount', { count: row.usedBy })}</TableCell>
                <TableCell>{fmt.dateTime(row.updatedAt)}</TableCell>
                <TableCell align="right">
                  <Button size="small" startIcon={<FileDownloadOutlined />} onClick={() => onExport(row)} aria-label={t('templates.exportTitle', { name: row.name[lang] || row.name.zh })}>
                    {t('templates.export')}
                  </Button>
                </TableCell>
              </OpenRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
