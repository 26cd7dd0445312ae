// One company, one record: names that only differ in width, spaces or bracket style are
// the same name; names that share their distinctive part are shown as possible duplicates.
import { describe, expect, it } from 'vitest';
import { companyNameCore, companyNameKey } from './names';

describe('the canonical form of a company name', () => {
  it('folds full-width and half-width forms, spaces and bracket styles together', () => {
    const key = companyNameKey('上海沪工阀门厂（集团）有限公司');
    expect(companyNameKey('上海沪工阀门厂(集团)有限公司')).toBe(key);
    expect(companyNameKey(' 上海沪工阀门厂 ( 集团 ) 有限公司 ')).toBe(key);
    expect(companyNameKey('上海沪工阀门厂【集团】有限公司')).toBe(key);
    expect(companyNameKey('大董（上海）餐饮管理有限公司')).toBe(companyNameKey('大董(上海)餐饮管理有限公司'));
    expect(companyNameKey('ＡＢＣ物流有限公司')).toBe(companyNameKey('abc物流有限公司'));
  });

  it('keeps different companies apart', () => {
    expect(companyNameKey('上海沪工阀门厂（集团）有限公司')).not.toBe(companyNameKey('上海沪工阀门厂有限公司'));
    expect(companyNameKey('南亚新材料科技股份有限公司')).not.toBe(companyNameKey('南亚新材料有限公司'));
  });
});

describe('the distinctive part of a company name', () => {
  it('drops place names, legal forms and bracketed parts', () => {
    expect(companyNameCore('上海沪工阀门厂（集团）有限公司')).toBe('沪工阀门厂');
    expect(companyNameCore('大董（上海）餐饮管理有限公司')).toBe('大董餐饮管理');
    expect(companyNameCore('南亚新材料科技股份有限公司')).toBe('南亚新材料');
  });

  it('keeps a name made only of generic words whole, so it still matches itself', () => {
    expect(companyNameCore('上海科技有限公司')).toBe(companyNameKey('上海科技有限公司'));
  });
});
