// Texts of the vetting screens (merged into i18n/zh.ts and en.ts under `vetting`).
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const vettingZh = {
  title: '审核',
};

export const vettingEn: Strings<typeof vettingZh> = {
  title: 'Vetting',
};
