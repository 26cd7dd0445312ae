// The figures a trip report quotes: companies, listings (职位), job types (工种) and jobs offered (岗位).
import { describe, expect, it } from 'vitest';
import { tripTotals } from './totals';

describe('trip totals', () => {
  it('the Deqin trip: 3 companies, 200+ jobs in six job types', () => {
    const t = tripTotals([
      { companyId: '沪工阀门', positions: [{ positionId: 'p1', jobTypeId: '普工', headcount: 50 }, { positionId: 'p2', jobTypeId: '技工', headcount: 20 }, { positionId: 'p3', jobTypeId: '仓管', headcount: 5 }] },
      { companyId: '大董餐饮', positions: [{ positionId: 'p4', jobTypeId: '厨师', headcount: 30 }, { positionId: 'p5', jobTypeId: '服务', headcount: 40 }, { positionId: 'p6', jobTypeId: '保洁', headcount: 10 }] },
      { companyId: '南亚新材料', positions: [{ positionId: 'p7', jobTypeId: '普工', headcount: 60 }] },
    ]);
    expect(t).toMatchObject({ companies: 3, companiesWithPositions: 3, positions: 7, headcount: 215 });
    expect(t.byJobType[0]).toEqual({ jobTypeId: '普工', positions: 2, headcount: 110 });
    expect(t.byJobType.map((x) => x.jobTypeId)).toEqual(['普工', '服务', '厨师', '技工', '保洁', '仓管']);
    // The report's "带去6类工种的7个职位": job types counted as job types, not listings.
    expect([t.byJobType.length, t.positions]).toEqual([6, 7]);
  });

  it('the second Chuxiong trip: 24 companies offering 2025 jobs', () => {
    const participants = Array.from({ length: 24 }, (_, n) => ({
      companyId: `c${n}`,
      positions: [{ positionId: `p${n}`, jobTypeId: '普工', headcount: n === 0 ? 2025 - 23 * 84 : 84 }],
    }));
    expect(tripTotals(participants)).toMatchObject({ companies: 24, positions: 24, headcount: 2025 });
  });

  it('counts a company without positions as participating, and a position listed twice once', () => {
    const t = tripTotals([
      { companyId: 'a', positions: [] },
      { companyId: 'b', positions: [{ positionId: 'p', headcount: 10 }, { positionId: 'p', headcount: 10 }] },
      { companyId: 'b', positions: [{ positionId: 'q', jobTypeId: null, headcount: 3 }] },
    ]);
    expect(t).toEqual({ companies: 2, companiesWithPositions: 1, positions: 2, headcount: 13, byJobType: [] });
  });

  it('an empty trip has zeros', () => {
    expect(tripTotals([])).toEqual({ companies: 0, companiesWithPositions: 0, positions: 0, headcount: 0, byJobType: [] });
  });
});
