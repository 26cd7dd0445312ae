// The import wizard, /imports/companies or /imports/positions: choose a file, map its columns,
// check every row, then import all or nothing. A refused file shows why, and nothing changes.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, AlertTitle, Box, Button, IconButton, LinearProgress, Paper, Stack, Step, StepLabel, Stepper, Tooltip, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useNavigate, useParams } from 'react-router';
import {
  type DuplicateChoice, type ImportMapping, type ImportOpened, type ImportProblem, type ImportResult, type ImportSummary,
  IMPORT_TARGETS, type ImportTarget, MAX_IMPORT_MB, MAX_IMPORT_ROWS, REQUIRED_FIELDS,
} from '../../../../shared/imports/schema';
import type { JobStatus } from '../../../../shared/jobs/schema';
import type { ApiError } from '../../../../shared/result';
import { errorText } from '../../app/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { ApiCallError, api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useJob } from '../../lib/jobs';
import { awaitJob } from './awaitJob';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';

type Step = 'file' | 'mapping' | 'preview' | 'done';
const STEPS: Step[] = ['file', 'mapping', 'preview', 'done'];
const STEP_LABEL: Record<Step, string> = { file: 'file', mapping: 'mapping', preview: 'preview', done: 'commit' };

/** Reading counts bytes (then a workbook's rows), which mean nothing to a person: a percentage. Checking counts rows. */
const progressText = (s: JobStatus, number: (n: number) => string) =>
  s.stage === 'reading' ? `${Math.floor((s.done / s.total) * 100)}%` : `${number(s.done)} / ${number(s.total)}`;
const asError = (e: unknown): ApiError => (e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' });

export function ImportPage() {
  const { target } = useParams();
  if (!IMPORT_TARGETS.includes(target as ImportTarget)) return <Navigate to="/" replace />;
  return <ImportWizard key={target} target={target as ImportTarget} />;
}

function ImportWizard({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const job = useJob();
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState<JobStatus | 'starting' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [opened, setOpened] = useState<ImportOpened | null>(null);
  const [sheetName, setSheetName] = useState('');
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [showMissing, setShowMissing] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [result, setResult] = useState<ImportResult | null>(null);
  const importId = useRef<string | null>(null);

  // A file left in the wizard is dropped from the core's memory when the user leaves.
  useEffect(() => () => {
    if (importId.current) void api().imports.discard({ importId: importId.current });
  }, []);

  const sheet = opened?.sheets.find((s) => s.name === sheetName) ?? opened?.sheets[0] ?? null;

  async function chooseFile() {
    setError(null);
    setBusy('starting');
    try {
      const started = await call(api().imports.open({ target }));
      if (!started) return;
      const file = await awaitJob<ImportOpened>(started.jobId, setBusy);
      if (!file) return;
      if (importId.current) void api().imports.discard({ importId: importId.current });
      importId.current = file.importId;
      setOpened(file);
      setSheetName(file.sheets[0]!.name);
      setMapping(file.sheets[0]!.guessedMapping);
      setShowMissing(false);
      setStep('mapping');
    } catch (e) {
      setError(asError(e));
    } finally {
      setBusy(null);
    }
  }

  function chooseSheet(name: string) {
    setSheetName(name);
    setMapping(opened!.sheets.find((s) => s.name === name)!.guessedMapping);
  }

  async function preview() {
    if (REQUIRED_FIELDS[target].some((f) => (mapping[f] ?? null) === null)) return setShowMissing(true);
    setError(null);
    setBusy('starting');
    try {
      const started = await call(api().imports.preview({ importId: opened!.importId, sheet: sheet!.name, mapping, duplicates }));
      const s = started ? await awaitJob<ImportSummary>(started.jobId, setBusy) : null;
      if (!s) return;
      setSummary(s);
      setProblems(s.problems);
      setStep('preview');
    } catch (e) {
      setError(asError(e));
    } finally {
      setBusy(null);
    }
  }

  async function moreProblems() {
    try {
      const page = await call(api().imports.problems({ importId: opened!.importId, offset: problems.length, limit: 100 }));
      setProblems((p) => [...p, ...page.rows]);
    } catch (e) {
      setError(asError(e));
    }
  }

  function commit() {
    setError(null);
    job.run(() => call(api().imports.commit({ importId: opened!.importId, sheet: sheet!.name, mapping, duplicates })), t(`imports.title.${target}`), {
      describe: (r) => t('imports.commit.result', r),
      onDone: (r) => {
        importId.current = null;
        setResult(r as unknown as ImportResult);
        setStep('done');
      },
    });
  }

  function restart() {
    if (importId.current) void api().imports.discard({ importId: importId.current });
    importId.current = null;
    setOpened(null);
    setSummary(null);
    setResult(null);
    setError(null);
    setStep('file');
  }

  const toImport = summary ? summary.ok + (duplicates === 'update' ? summary.duplicates : 0) : 0;
  const listPath = target === 'companies' ? '/companies' : '/positions';

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeader
        title={t(`imports.title.${target}`)}
        subtitle={t(`imports.subtitle.${target}`)}
        back={
          <Tooltip title={t(`imports.back.${target}`)}>
            <IconButton onClick={() => navigate(listPath)} aria-label={t(`imports.back.${target}`)}>
              <ArrowBackOutlined />
            </IconButton>
          </Tooltip>
        }
      />
      <Stepper activeStep={STEPS.indexOf(step)} sx={{ mb: 3 }}>
        {STEPS.map((s) => (
          <Step key={s} completed={STEPS.indexOf(step) > STEPS.indexOf(s) || (s === 'done' && result !== null)}>
            <StepLabel>{t(`imports.steps.${STEP_LABEL[s]}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {busy && (
        // Sticky: the user starts the check from the bottom of a long mapping, and must see it run.
        <Box sx={{ mb: 2, position: 'sticky', top: 0, zIndex: 2, bgcolor: 'background.default', py: 1 }} role="status">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {t(step === 'file' ? 'imports.file.reading' : 'imports.preview.checking')}
            {busy !== 'starting' && busy.total > 0 ? ` ${progressText(busy, fmt.number)}` : ''}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <LinearProgress key={busy === 'starting' ? 'starting' : step} sx={{ flex: 1 }} variant={busy !== 'starting' && busy.total > 0 ? 'determinate' : 'indeterminate'} value={busy !== 'starting' && busy.total ? (busy.done / busy.total) * 100 : 0} />
            {/* Reading and checking a large file takes a while; stopping it changes nothing. */}
            {busy !== 'starting' && <Button size="small" onClick={() => void api().jobs.cancel({ id: busy.id })}>{t('common.cancel')}</Button>}
          </Stack>
        </Box>
      )}

      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="import-error">
          {step === 'file' && <AlertTitle>{t('imports.file.refused')}</AlertTitle>}
          {errorText(t, error)}
          {step === 'file' && <Typography variant="body2" sx={{ mt: 0.5 }}>{t('imports.file.nothingChanged')}</Typography>}
        </Alert>
      )}

      {step === 'file' && (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
          <Stack spacing={2} sx={{ alignItems: 'center' }}>
            <UploadFileOutlined sx={{ fontSize: 48, color: 'text.secondary' }} />
            <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 560 }}>
              {t('imports.file.hint', { limit: fmt.number(MAX_IMPORT_ROWS), mb: MAX_IMPORT_MB })}
            </Typography>
            <Button variant="contained" onClick={chooseFile} disabled={busy !== null}>{t('imports.file.choose')}</Button>
          </Stack>
        </Paper>
      )}

      {opened && sheet && step !== 'file' && step !== 'done' && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="body2" data-testid="import-file">
            {t('imports.file.opened', { file: opened.fileName, rows: fmt.number(sheet.rowCount) })} · {t(`imports.file.encoding.${opened.encoding}`)}
          </Typography>
          <Button size="small" onClick={restart} disabled={busy !== null}>{t('imports.file.another')}</Button>
        </Stack>
      )}

      {step === 'mapping' && opened && sheet && (
        <>
          <MappingStep target={target} sheets={opened.sheets} sheet={sheet} onSheet={chooseSheet} mapping={mapping} onMapping={setMapping} showMissing={showMissing} />
          <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
            <Button variant="contained" onClick={preview} disabled={busy !== null}>{t('imports.mapping.next')}</Button>
          </Stack>
        </>
      )}

      {step === 'preview' && summary && (
        <>
          <PreviewStep
            summary={summary}
            problems={problems}
            onMore={problems.length < summary.problemCount ? moreProblems : null}
            duplicates={duplicates}
            onDuplicates={setDuplicates}
          />
          {toImport === 0 && <Alert severity="info" sx={{ mt: 2 }}>{t('imports.preview.nothingToImport')}</Alert>}
          <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end', alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>{t('imports.commit.allOrNothing')}</Typography>
            <Button onClick={() => setStep('mapping')}>{t('imports.preview.backToMapping')}</Button>
            <Button variant="contained" onClick={commit} disabled={toImport === 0}>{t('imports.preview.commit', { count: toImport })}</Button>
          </Stack>
        </>
      )}

      {step === 'done' && result && (
        <Alert
          severity="success"
          data-testid="import-result"
          action={
            <Stack direction="row" spacing={1}>
              <Button color="inherit" component={RouterLink} to={listPath}>{t(`imports.commit.toList.${target}`)}</Button>
              <Button color="inherit" onClick={restart}>{t('imports.commit.again')}</Button>
            </Stack>
          }
        >
          <AlertTitle>{t('imports.commit.done')}</AlertTitle>
          {t('imports.commit.result', result)}
        </Alert>
      )}
      {job.dialog}
    </Box>
  );
}
