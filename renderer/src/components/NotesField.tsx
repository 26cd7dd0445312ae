// A free-text field of a react-hook-form form that may hold notes about people (notes,
// observations, reasons): the field's error when there is one, else the personal-number
// warning (useNotesWarning), else the hint. It watches its own value, so typing
// re-renders this field only, not the whole form.
import { TextField, type TextFieldProps } from '@mui/material';
import { type FieldError, type FieldValues, type Path, type UseFormReturn, get, useFormState, useWatch } from 'react-hook-form';
import { useNotesWarning } from './NotesWarning';

type Props<F extends FieldValues> = Omit<TextFieldProps, 'name' | 'error' | 'value' | 'onChange'> & { form: UseFormReturn<F>; name: Path<F> };

export function NotesField<F extends FieldValues>({ form, name, helperText, ...props }: Props<F>) {
  const warning = useNotesWarning(useWatch({ control: form.control, name }));
  const { errors } = useFormState({ control: form.control, name });
  const error = get(errors, name) as FieldError | undefined;
  return <TextField {...props} {...form.register(name)} error={!!error} helperText={error?.message ?? warning ?? helperText} />;
}
