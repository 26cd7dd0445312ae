// The editable job-type list (普工, 技工, 仓管, …) on jobTypes.*.
import { useTranslation } from 'react-i18next';
import { EditableList } from '../../components/EditableList';
import { jobTypeCreateInput } from '../../../../shared/positions/schema';
import { api, call } from '../../lib/api';
import { useJobTypes } from './common';

export function JobTypesSection() {
  const { t } = useTranslation();
  return (
    <EditableList
      items={useJobTypes()}
      label={t('positions.jobTypes.title')}
      newLabel={t('positions.jobTypes.new')}
      nameSchema={jobTypeCreateInput}
      create={(name) => call(api().jobTypes.create({ name }))}
      rename={(id, name) => call(api().jobTypes.rename({ id, name }))}
      remove={(id) => call(api().jobTypes.delete({ id }))}
    />
  );
}
