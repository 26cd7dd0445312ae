// Under a notes field: a warning when the text seems to hold a resident ID number or a
// mobile number (shared/text/personalNumbers.ts). It never blocks saving — a note may
// need a number — but asks the user whether it is necessary, as the bureau's rule
// is to keep only what the liaison work needs about people.
import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { personalNumberWarnings } from '../../../shared/text/personalNumbers';

/** The warning to show under a field holding `text`, or null when there is nothing to warn about. */
export function useNotesWarning(text: unknown): ReactNode {
  const { t } = useTranslation();
  const warnings = typeof text === 'string' ? personalNumberWarnings(text) : [];
  if (warnings.length === 0) return null;
  return (
    <Box component="span" role="status" data-testid="notes-warning" sx={{ color: 'warning.dark', display: 'block' }}>
      {warnings.map((w) => t(`notesWarning.${w}`)).join('；')}
    </Box>
  );
}
