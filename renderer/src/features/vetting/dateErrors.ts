// The messages of a vetting's date rules (shared/vetting/dates.ts), merged into i18n/zh.ts and
// en.ts under `errors` (the field issues' keys), and the two fields' names for the audit trail
// and team sync's cards (`audit.field`).
export const vettingDateErrorsZh = {
  vettedOnInFuture: '审核日期不能晚于今天',
  vettedOnBeforeVisit: '审核日期不能早于走访日期（{{visitDate}}）',
  signedOffOnInFuture: '签字日期不能晚于今天',
  signedOffOnBeforeVetting: '签字日期不能早于审核日期（{{vettedOn}}）',
};

export const vettingDateErrorsEn: typeof vettingDateErrorsZh = {
  vettedOnInFuture: 'The vetting date cannot be after today',
  vettedOnBeforeVisit: 'The vetting date cannot be before the visit it started from ({{visitDate}})',
  signedOffOnInFuture: 'The sign-off date cannot be after today',
  signedOffOnBeforeVetting: 'The sign-off date cannot be before the vetting date ({{vettedOn}})',
};

export const vettingDateFieldsZh = { vettedOn: '审核日期', signedOffOn: '签字日期' };
export const vettingDateFieldsEn: typeof vettingDateFieldsZh = { vettedOn: 'Vetting date', signedOffOn: 'Sign-off date' };
