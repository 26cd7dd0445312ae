// A check's finding in the user's words (Settings › 软件更新).
import type { TFunction } from 'i18next';
import type { UpdateCheck } from '../../../../shared/updates/schema';

export function findingText(t: TFunction, finding: UpdateCheck): string {
  switch (finding.kind) {
    case 'notConfigured':
      return t('updates.finding.notConfigured');
    case 'upToDate':
      return t('updates.finding.upToDateLatest', { latest: finding.latest });
    case 'available':
      return t('updates.finding.available', { version: finding.release.version });
    case 'skipped':
      return t('updates.finding.skipped', { version: finding.release.version });
    case 'unreachable': {
      const status = finding.reason === 'httpStatus' && finding.status !== null ? t('updates.finding.httpStatus', { status: finding.status }) : '';
      return t('updates.finding.unreachable', { file: finding.file, reason: `${t(`updates.finding.unreachableReason.${finding.reason}`)}${status}` });
    }
    case 'damaged':
      return t('updates.finding.damaged', { file: finding.file, reason: t(`updates.finding.damagedReason.${finding.reason}`) });
  }
}

type Severity = 'info' | 'success' | 'error';
const SEVERITY: Record<UpdateCheck['kind'], Severity> = {
  notConfigured: 'info',
  upToDate: 'success',
  available: 'info',
  skipped: 'info',
  unreachable: 'error',
  damaged: 'error',
};

export const findingSeverity = (finding: UpdateCheck): Severity => SEVERITY[finding.kind];
