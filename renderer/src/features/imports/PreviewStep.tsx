// Step 3: the counts, every problem by row and field in the user's language, the duplicates
// of existing records, and what to do with them (skip or update).
import { Alert, Box, Button, FormControl, FormControlLabel, FormLabel, Paper, Radio, RadioGroup, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, ImportProblem, ImportSummary } from '../../../../shared/imports/schema';
import { useFormat } from '../../lib/format';

function Count({ label, value, color, testId }: { label: string; value: number; color: string; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1.5, minWidth: 150 }} data-testid={testId}>
      <Typography variant="h5" sx={{ color, fontWeight: 600 }}>{value}</Typography>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
    </Paper>
  );
}

export function PreviewStep({
  summary, problems, onMore, duplicates, onDuplicates,
}: {
  summary: ImportSummary;
  problems: ImportProblem[];
  onMore: (() => void) | null;
  duplicates: DuplicateChoice;
  onDuplicates: (d: DuplicateChoice) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = (p: ImportProblem) => t(`imports.problem.${p.key}`, { ...p.params, defaultValue: t(`errors.${p.key}`, { ...p.params, defaultValue: p.key }) });
  return (
    <Stack spacing={2.5}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'stretch', flexWrap: 'wrap' }} useFlexGap>
        <Count label={t('imports.preview.ok')} value={summary.ok} color="success.main" testId="count-ok" />
        <Count label={t('imports.preview.problems')} value={summary.records - summary.ok - summary.duplicates} color={summary.problemRows ? 'error.main' : 'text.primary'} testId="count-problems" />
        <Count label={t('imports.preview.duplicates')} value={summary.duplicates} color={summary.duplicates ? 'warning.main' : 'text.primary'} testId="count-duplicates" />
        <Typography variant="body2" sx={{ alignSelf: 'center', color: 'text.secondary' }}>
          {t('imports.preview.rows', { count: summary.rows, formatted: fmt.number(summary.rows) })}
        </Typography>
      </Stack>

      {summary.problemCount === 0 ? (
        <Alert severity="success">{t('imports.preview.noProblems')}</Alert>
      ) : (
        <Box>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{t('imports.preview.problemsTitle', { count: summary.problemCount })}</Typography>
          <Table size="small" aria-label={t('imports.preview.problemsTitle', { count: summary.problemCount })}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64 }}>{t('imports.preview.col.row')}</TableCell>
                <TableCell sx={{ width: 250 }}>{t('imports.preview.col.record')}</TableCell>
                <TableCell sx={{ width: 150 }}>{t('imports.preview.col.field')}</TableCell>
                <TableCell sx={{ width: 210 }}>{t('imports.preview.col.value')}</TableCell>
                <TableCell>{t('imports.preview.col.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {problems.map((p, i) => (
                <TableRow key={`${p.row}-${p.field}-${i}`}>
                  <TableCell>{p.row}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{p.label || '—'}</TableCell>
                  <TableCell>{t(`imports.field.${p.field}`, { defaultValue: p.field })}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all', color: 'text.secondary' }}>{p.value || '—'}</TableCell>
                  <TableCell sx={{ color: 'error.main' }}>{message(p)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {onMore && <Button onClick={onMore} sx={{ mt: 1 }}>{t('imports.preview.more')}</Button>}
        </Box>
      )}

      {summary.duplicates > 0 && (
        <Box>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{t('imports.preview.duplicatesTitle', { count: summary.duplicates })}</Typography>
          <Table size="small" aria-label={t('imports.preview.duplicatesTitle', { count: summary.duplicates })}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64 }}>{t('imports.preview.col.row')}</TableCell>
                <TableCell>{t('imports.preview.col.record')}</TableCell>
                <TableCell>{t('imports.preview.col.existing')}</TableCell>
                <TableCell sx={{ width: 220 }}>{t('imports.preview.col.by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {summary.duplicateRows.map((d) => (
                <TableRow key={d.row}>
                  <TableCell>{d.row}</TableCell>
                  <TableCell>{d.label}</TableCell>
                  <TableCell>{d.existing}</TableCell>
                  <TableCell>{t(`imports.preview.by.${d.by}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <FormControl sx={{ mt: 1.5 }}>
            <FormLabel id="import-duplicates">{t('imports.preview.duplicateChoice')}</FormLabel>
            <RadioGroup aria-labelledby="import-duplicates" value={duplicates} onChange={(e) => onDuplicates(e.target.value as DuplicateChoice)}>
              <FormControlLabel value="skip" control={<Radio />} label={t('imports.preview.skip')} />
              <FormControlLabel value="update" control={<Radio />} label={t('imports.preview.update')} />
            </RadioGroup>
          </FormControl>
        </Box>
      )}
    </Stack>
  );
}
