// Picks a company by typing part of its name (searches the register as you type).
import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRow } from '../../../../shared/companies/schema';
import { api, call } from '../../lib/api';

type Option = Pick<CompanyRow, 'id' | 'name'>;

export function CompanyPicker(props: { value: Option | null; onChange: (v: Option | null) => void; label: string; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    call(api().companies.list({ query: input === props.value?.name ? '' : input, limit: 30 })).then(
      (r) => live && setOptions(r.rows),
      () => live && setOptions([]),
    );
    return () => {
      live = false;
    };
  }, [input, props.value?.name]);
  return (
    <Autocomplete
      options={options}
      value={props.value}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, v) => props.onChange(v)}
      onInputChange={(_, v) => setInput(v)}
      noOptionsText={t('common.noMatch')}
      renderInput={(p) => (
        <TextField {...p} label={props.label} required={props.required} error={Boolean(props.error)} helperText={props.error} />
      )}
    />
  );
}
