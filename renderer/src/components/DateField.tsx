// A react-hook-form date field (YYYY-MM-DD) shown as people write it: the schema's message
// below it, the required marker, the workspace's years. Drops in for the old
// <TextField type="date" {...form.register(name)} />.
import type { ReactNode } from 'react';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateInput, type DateInputProps } from './DateInput';

export type BoundDateProps<T extends FieldValues> = Omit<DateInputProps, 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'name' | 'error' | 'helperText'> & {
  control: Control<T>;
  name: FieldPath<T>;
  /** Shown under the field while it has no error (what the date will mean, say). */
  hint?: ReactNode;
};

export function DateField<T extends FieldValues>({ control, name, hint, ...rest }: BoundDateProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInput {...rest} name={field.name} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} error={!!fieldState.error} helperText={fieldState.error?.message ?? hint} />
      )}
    />
  );
}
