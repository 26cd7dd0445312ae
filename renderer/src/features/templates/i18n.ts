// Texts of the template screens (merged into i18n/zh.ts and en.ts under `templates`).
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const templatesZh = {
  title: '审核模板',
};

export const templatesEn: Strings<typeof templatesZh> = {
  title: 'Vetting templates',
};
