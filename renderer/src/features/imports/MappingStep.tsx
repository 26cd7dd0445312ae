// Step 2: one select per field with the guessed column, and the file's first values beside it.
import { Alert, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldsOf, REQUIRED_FIELDS, type ImportMapping, type ImportSheet, type ImportTarget } from '../../../../shared/imports/schema';

export function MappingStep({
  target, sheets, sheet, onSheet, mapping, onMapping, showMissing,
}: {
  target: ImportTarget;
  sheets: ImportSheet[];
  sheet: ImportSheet;
  onSheet: (name: string) => void;
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
  showMissing: boolean;
}) {
  const { t } = useTranslation();
  const required = REQUIRED_FIELDS[target];
  const samplesOf = (col: number | null | undefined) =>
    col === null || col === undefined ? '' : sheet.samples.map((r) => r[col] ?? '').filter(Boolean).join('，');
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">{t('imports.mapping.intro')}</Typography>
      {sheets.length > 1 && (
        <TextField select label={t('imports.mapping.sheet')} value={sheet.name} onChange={(e) => onSheet(e.target.value)} sx={{ maxWidth: 320 }} size="small">
          {sheets.map((s) => (
            <MenuItem key={s.name} value={s.name}>{`${s.name}（${s.rowCount}）`}</MenuItem>
          ))}
        </TextField>
      )}
      <Table size="small" aria-label={t('imports.steps.mapping')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 200 }}>{t('imports.mapping.field')}</TableCell>
            <TableCell sx={{ width: 300 }}>{t('imports.mapping.column')}</TableCell>
            <TableCell>{t('imports.mapping.samples')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fieldsOf(target).map((field) => {
            const isRequired = required.includes(field);
            const value = mapping[field] ?? null;
            const missing = showMissing && isRequired && value === null;
            const label = `${t(`imports.field.${field}`)}${isRequired ? ' *' : ''}`;
            return (
              <TableRow key={field}>
                <TableCell>{label}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={value === null ? '' : String(value)}
                    onChange={(e) => onMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
                    slotProps={{ htmlInput: { 'aria-label': label }, select: { displayEmpty: true } }}
                    error={missing}
                    helperText={missing ? t('imports.mapping.required') : undefined}
                  >
                    <MenuItem value="">{t('imports.mapping.none')}</MenuItem>
                    {sheet.headers.map((h, i) => (
                      <MenuItem key={i} value={String(i)}>{t('imports.mapping.columnLabel', { n: i + 1, header: h || '—' })}</MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 360 }}>
                  <Typography variant="body2" noWrap title={samplesOf(value)}>{samplesOf(value)}</Typography>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {showMissing && required.some((f) => (mapping[f] ?? null) === null) && <Alert severity="warning">{t('imports.mapping.required')}</Alert>}
    </Stack>
  );
}
