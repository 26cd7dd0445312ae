// A date or a date and time as people write them (MUI X pickers): 2018年09月17日 and
// 24-hour times in Chinese, typed section by section (2018-09-17 and 20180917 both fill it:
// a full year moves on to the month, and the dashes are passed over), picked from the
// calendar, or pasted whole. It takes and gives the strings the contract stores
// (lib/dateInput.ts); DateField and DateTimeField bind it to a react-hook-form field.
import { Box, type SxProps, type Theme } from '@mui/material';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { DesktopDateTimePicker } from '@mui/x-date-pickers/DesktopDateTimePicker';
import type { Dayjs } from 'dayjs';
import { type ClipboardEvent, type ReactNode, type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarHeading, type DateKind, displayFormat, fromPickerValue, MAX_DATE, MIN_DATE, parseWritten, toPickerValue } from '../lib/dateInput';

export interface DateInputProps {
  /** YYYY-MM-DD (a date) or YYYY-MM-DDTHH:mm (a date and time); '' when empty. */
  value: string;
  /** The new stored string; lib/dateInput.ts INCOMPLETE while a date is half typed. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  label?: string;
  /** For a field without a visible label (a vetting item's answer). */
  ariaLabel?: string;
  required?: boolean;
  /** Marks the field; without it the picker marks a date it cannot accept (half typed, out of the years). */
  error?: boolean;
  helperText?: ReactNode;
  disabled?: boolean;
  /** The width and place of the field; it fills the box it is given. */
  sx?: SxProps<Theme>;
  name?: string;
  /** Gets something with focus(): react-hook-form moves there when the field is refused. */
  inputRef?: Ref<HTMLInputElement>;
}

export const DateInput = (props: DateInputProps) => <PickerInput kind="date" {...props} />;
export const DateTimeInput = (props: DateInputProps) => <PickerInput kind="dateTime" {...props} />;

// Room for 2018年09月17日 (and 07:30) beside the calendar button, whatever width a form gives.
const MIN_WIDTH: Record<DateKind, number> = { date: 200, dateTime: 250 };

// Desktop pickers always (this is a desktop program): the responsive DatePicker would turn
// into the mobile dialog on a touch screen or where the browser reports no fine pointer.
function PickerInput({ kind, value, onChange, onBlur, label, ariaLabel, required, error, helperText, disabled, sx, name, inputRef }: DateInputProps & { kind: DateKind }) {
  const { i18n } = useTranslation();
  const pickerValue = useMemo(() => toPickerValue(value, kind), [value, kind]);
  const change = (next: Dayjs | null) => {
    const stored = fromPickerValue(next, kind);
    if (stored !== value) onChange(stored);
  };
  // MUI's field reads a pasted text with its display format only; a date pasted from a
  // document (2018-09-17, 20180917, 2018年9月17日) is read here first, whatever is selected.
  const paste = (e: ClipboardEvent) => {
    const stored = parseWritten(e.clipboardData.getData('text'), kind);
    if (stored === null) return;
    e.preventDefault();
    e.stopPropagation();
    if (stored !== value) onChange(stored);
  };
  const common = {
    value: pickerValue,
    onChange: change,
    format: displayFormat(kind, i18n.language),
    minDate: MIN_DATE,
    maxDate: MAX_DATE,
    disabled,
    label,
    name,
    slotProps: {
      calendarHeader: { format: calendarHeading(i18n.language) },
      textField: {
        // The theme makes every TextField small; the pickers' own text field is not one.
        size: 'small' as const,
        required,
        // undefined, not false: the picker then marks what it cannot accept itself.
        error: error || undefined,
        helperText,
        onBlur,
        inputRef,
        fullWidth: true,
        slotProps: ariaLabel ? { input: { 'aria-label': ariaLabel } } : undefined,
      },
    },
  };
  return (
    <Box sx={[{ minWidth: MIN_WIDTH[kind] }, ...(Array.isArray(sx) ? sx : [sx])]} onPasteCapture={paste}>
      {kind === 'date' ? <DesktopDatePicker {...common} /> : <DesktopDateTimePicker {...common} ampm={false} />}
    </Box>
  );
}
