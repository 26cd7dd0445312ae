// 审核结果: one row per vetting of the companies the companies list shows, with the overall
// score, one column per checklist section (the union over the templates used, in order of
// first appearance) and the verdict with who signed it off.
import type { CompanyListInput } from '../../../../shared/companies/schema';
import type { TemplateContent } from '../../../../shared/vetting/template';
import type { Db } from '../../db/open';
import { getVetting } from '../../vetting/service';
import { type Cell, CHUNK, col, type Column, type ExportSource, type Lang } from '../columns';
import { companyPages } from './companies';
import { listCompanies } from '../../companies/repository';

export const vettingFileName = { zh: '审核结果', en: 'Vettings' };

const L = {
  company: { zh: '企业', en: 'Company' },
  date: { zh: '审核日期', en: 'Vetting date' },
  template: { zh: '清单版本', en: 'Checklist version' },
  status: { zh: '状态', en: 'Status' },
  verdict: { zh: '结论', en: 'Verdict' },
  overall: { zh: '总分', en: 'Overall score' },
  signedBy: { zh: '签字人', en: 'Signed off by' },
  signedAt: { zh: '签字日期', en: 'Signed off on' },
  expires: { zh: '有效期至', en: 'Valid until' },
};
const STATUS = { zh: { draft: '进行中', signedOff: '已签字确认' }, en: { draft: 'In progress', signedOff: 'Signed off' } } as const;
const VERDICT = { zh: { approved: '通过', conditional: '有条件通过', rejected: '不通过' }, en: { approved: 'Approved', conditional: 'Conditional', rejected: 'Rejected' } } as const;

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

type Filter = CompanyListInput & { sort: NonNullable<CompanyListInput['sort']> };

export function vettingsSource(db: Db, filter: Filter, lang: Lang): ExportSource {
  const { total: companies } = listCompanies(db, { ...filter, offset: 0, limit: 1 });
  // Vetting ids in the list's company order, newest vetting first within a company.
  const ids: string[] = [];
  const sections = new Map<string, string>();
  for (const rows of companyPages(db, filter, companies)) {
    const companyIds = rows.map((r) => r.id);
    const found = db
      .prepare(`SELECT id, company_id, template FROM vettings WHERE company_id IN (${companyIds.map(() => '?').join(',')}) ORDER BY created_at DESC, id DESC`)
      .all(...companyIds) as { id: string; company_id: string; template: string }[];
    const byCompany = new Map<string, string[]>();
    for (const v of found) {
      byCompany.set(v.company_id, [...(byCompany.get(v.company_id) ?? []), v.id]);
      for (const s of (JSON.parse(v.template) as TemplateContent).sections) if (!sections.has(s.key)) sections.set(s.key, (lang === 'en' && s.title.en) || s.title.zh);
    }
    for (const c of companyIds) ids.push(...(byCompany.get(c) ?? []));
  }
  const sectionKeys = [...sections.keys()];
  const columns: Column[] = [
    col(L.company, lang, 'text', 32), col(L.date, lang, 'date'), col(L.template, lang, 'text', 20), col(L.status, lang, 'text', 10),
    col(L.verdict, lang, 'text', 10), col(L.overall, lang, 'number', 8),
    ...sectionKeys.map((k) => col({ zh: sections.get(k)!, en: sections.get(k)! }, lang, 'number', 10)),
    col(L.signedBy, lang, 'text', 10), col(L.signedAt, lang, 'date'), col(L.expires, lang, 'date'),
  ];
  return {
    columns,
    total: ids.length,
    *chunks() {
      // A vetting is scored from its answers when read: fewer per chunk than plain rows.
      const size = Math.max(1, Math.floor(CHUNK / 5));
      for (let i = 0; i < ids.length; i += size) {
        yield ids.slice(i, i + size).map((id): Cell[] => {
          const v = getVetting(db, id);
          const scores = new Map(v.score.sections.map((s) => [s.key, s.score]));
          const name = (lang === 'en' && v.template.name.en) || v.template.name.zh;
          return [
            v.companyName, v.vettedOn, `${name} v${v.templateVersion}`, STATUS[lang][v.status],
            v.verdict ? VERDICT[lang][v.verdict] : null, round1(v.score.overall),
            ...sectionKeys.map((k) => round1(scores.get(k) ?? null)),
            v.signedOffByName, v.signedOffOn, v.expiresOn,
          ];
        });
      }
    },
  };
}
