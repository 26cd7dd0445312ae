// A react-hook-form date-and-time field (YYYY-MM-DDTHH:mm, as the itinerary stores it),
// 24-hour in both languages; see DateField for the rest.
import { Controller, type FieldValues } from 'react-hook-form';
import type { BoundDateProps } from './DateField';
import { DateTimeInput } from './DateInput';

export function DateTimeField<T extends FieldValues>({ control, name, ...rest }: BoundDateProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateTimeInput {...rest} name={field.name} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} error={!!fieldState.error} helperText={fieldState.error?.message} />
      )}
    />
  );
}
