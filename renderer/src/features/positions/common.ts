// How a position's facts read in a list or a comparison, in the user's language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobType, Position } from '../../../../shared/positions/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';

export function usePositionText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return {
    pay: (p: Pick<Position, 'payMin' | 'payMax'>) => {
      const min = fmt.number(p.payMin);
      const max = fmt.number(p.payMax);
      if (p.payMin !== null && p.payMax !== null) return t('positions.payRange', { min, max });
      if (p.payMin !== null) return t('positions.payFrom', { min });
      if (p.payMax !== null) return t('positions.payUpTo', { max });
      return t('positions.payOpen');
    },
    hours: (p: Pick<Position, 'hoursPerDay' | 'daysPerWeek' | 'shifts'>) =>
      [
        p.hoursPerDay !== null ? t('positions.hoursText', { hours: fmt.number(p.hoursPerDay) }) : null,
        p.daysPerWeek !== null ? t('positions.daysText', { days: p.daysPerWeek }) : null,
        p.shifts ? t(`positions.shifts.${p.shifts}`) : null,
      ].filter(Boolean).join(' · ') || '—',
    age: (p: Pick<Position, 'ageMin' | 'ageMax'>) => {
      if (p.ageMin !== null && p.ageMax !== null) return t('positions.ageRange', { min: p.ageMin, max: p.ageMax });
      if (p.ageMin !== null) return t('positions.ageFrom', { min: p.ageMin });
      if (p.ageMax !== null) return t('positions.ageUpTo', { max: p.ageMax });
      return t('positions.notSet');
    },
    roomBoard: (p: Pick<Position, 'roomIncluded' | 'boardIncluded'>) =>
      [p.roomIncluded ? t('positions.room') : null, p.boardIncluded ? t('positions.board') : null].filter(Boolean).join(' · ') || '—',
    valid: (p: Pick<Position, 'validFrom' | 'validTo'>) => {
      if (p.validFrom && p.validTo) return t('positions.validRange', { from: fmt.date(p.validFrom), to: fmt.date(p.validTo) });
      if (p.validFrom) return t('positions.validFrom', { from: fmt.date(p.validFrom) });
      if (p.validTo) return t('positions.validTo', { to: fmt.date(p.validTo) });
      return '—';
    },
  };
}

/** The editable job-type list, re-read after every write. */
export function useJobTypes(): JobType[] | null {
  const ws = useWorkspace();
  const [items, setItems] = useState<JobType[] | null>(null);
  useEffect(() => {
    let live = true;
    call(api().jobTypes.list({})).then((v) => live && setItems(v), () => live && setItems([]));
    return () => {
      live = false;
    };
  }, [ws.version]);
  return items;
}
