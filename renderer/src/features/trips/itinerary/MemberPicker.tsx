// Who takes part in an itinerary item: the whole delegation or all members of one role in one
// click each, besides ticking people one by one (7 people on 6 travel legs had taken 42 ticks).
// The choice is stored as the same list of people, filled at once, so the per-person view,
// the overlap warnings and team sync keep working on individuals; a group chip is "on" when
// all its members are ticked, and clicking it again takes them off.
import { Checkbox, Chip, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../../shared/trips/contract';
import { MEMBER_ROLES } from '../../../../../shared/trips/schema';

interface Props {
  members: Trip['members'];
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
  error?: string;
}

export function MemberPicker({ members, value, onChange, label, error }: Props) {
  const { t } = useTranslation();
  const chosen = new Set(value);
  // Kept in the delegation's order, whatever order the ticks came in.
  const set = (ids: Set<string>) => onChange(members.map((m) => m.id).filter((id) => ids.has(id)));
  const allIn = (ids: string[]) => ids.length > 0 && ids.every((id) => chosen.has(id));
  const toggleGroup = (ids: string[]) => {
    const next = new Set(chosen);
    const on = allIn(ids);
    for (const id of ids) if (on) next.delete(id); else next.add(id);
    set(next);
  };
  const groupChip = (key: string, text: string, ids: string[]) => (
    <Chip
      key={key}
      label={text}
      size="small"
      clickable
      color={allIn(ids) ? 'primary' : 'default'}
      variant={allIn(ids) ? 'filled' : 'outlined'}
      aria-pressed={allIn(ids)}
      onClick={() => toggleGroup(ids)}
    />
  );
  const roles = MEMBER_ROLES.map((role) => ({ role, ids: members.filter((m) => m.role === role).map((m) => m.id) })).filter((r) => r.ids.length > 0);

  return (
    <FormControl error={!!error} component="fieldset">
      <FormLabel component="legend">{label}</FormLabel>
      {members.length === 0 ? <FormHelperText>{t('itinerary.form.noMembers')}</FormHelperText> : (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, my: 0.5 }} data-testid="member-groups">
            {groupChip('all', t('itinerary.form.everyone', { count: members.length }), members.map((m) => m.id))}
            <Typography variant="body2" color="text.secondary" sx={{ pl: 1 }}>{t('itinerary.form.byRole')}</Typography>
            {roles.map((r) => groupChip(r.role, t('itinerary.form.roleGroup', { role: t(`trips.delegation.role.${r.role}`), count: r.ids.length }), r.ids))}
          </Stack>
          <FormGroup row>
            {members.map((m) => (
              <FormControlLabel
                key={m.id}
                label={m.name}
                control={<Checkbox size="small" checked={chosen.has(m.id)} onChange={() => { const next = new Set(chosen); if (next.has(m.id)) next.delete(m.id); else next.add(m.id); set(next); }} />}
              />
            ))}
          </FormGroup>
        </>
      )}
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
