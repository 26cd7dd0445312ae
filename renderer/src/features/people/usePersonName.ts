// A removed person's records keep the name "已删除人员" (stored in the workspace's language);
// the English UI shows it as "Deleted person".
import { useTranslation } from 'react-i18next';
import { DELETED_PERSON } from '../../../../shared/people/schema';

export function usePersonName(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => (name === DELETED_PERSON ? t('people.deletedPerson') : name);
}
