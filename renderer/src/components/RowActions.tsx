// The edit and delete buttons at the end of a row (a table row, an itinerary card): icons with
// tooltips, named for screen readers after the record when `name` is given ("编辑 普工").
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { IconButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function RowActions({ name, onEdit, onDelete }: { name?: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const label = (action: string) => (name ? `${action} ${name}` : action);
  return (
    <>
      <Tooltip title={t('common.edit')}>
        <IconButton size="small" aria-label={label(t('common.edit'))} onClick={onEdit}><EditOutlined fontSize="small" /></IconButton>
      </Tooltip>
      <Tooltip title={t('common.delete')}>
        <IconButton size="small" aria-label={label(t('common.delete'))} onClick={onDelete}><DeleteOutline fontSize="small" /></IconButton>
      </Tooltip>
    </>
  );
}
