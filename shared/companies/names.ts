// Company names are compared in two ways: exactly (a name already used is refused)
// and loosely (a similar name is shown as a possible duplicate before saving).

/** Canonical form for the uniqueness rule: width-folded, no spaces, brackets unified. */
export function companyNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[【[{]/g, '(')
    .replace(/[】\]}]/g, ')')
    .toLowerCase();
}

// Parts of a company name that say nothing about who it is.
const GENERIC = [
  '股份有限公司', '有限责任公司', '有限公司', '集团', '股份', '公司', '分公司', '总公司', '(集团)', '()',
  '上海市', '上海', '嘉定区', '嘉定', '中国', '科技', '实业', '发展',
];

/** The distinctive core of a name: "上海沪工阀门厂（集团）有限公司" → "沪工阀门厂". */
export function companyNameCore(name: string): string {
  let core = companyNameKey(name);
  for (const g of GENERIC) core = core.split(g).join('');
  core = core.replace(/\([^)]*\)/g, '');
  // A name made only of generic words keeps its key, so it still matches itself.
  return core.length >= 2 ? core : companyNameKey(name);
}
