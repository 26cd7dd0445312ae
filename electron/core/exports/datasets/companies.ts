// 企业名录: the companies list as filtered on screen, with contacts joined as text.
import type { CompanyListInput } from '../../../../shared/companies/schema';
import type { Db } from '../../db/open';
import { listCompanies } from '../../companies/repository';
import { CHUNK, col, type ExportSource, type Lang } from '../columns';

export const companyFileName = { zh: '企业名录', en: 'Companies' };

const L = {
  name: { zh: '企业名称', en: 'Company' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  town: { zh: '街镇', en: 'Town' },
  industry: { zh: '行业', en: 'Industry' },
  status: { zh: '状态', en: 'Status' },
  headcount: { zh: '员工人数', en: 'Employees' },
  address: { zh: '地址', en: 'Address' },
  tags: { zh: '标签', en: 'Tags' },
  contacts: { zh: '联系人', en: 'Contacts' },
  lastVisit: { zh: '最近走访', en: 'Last visit' },
  notes: { zh: '备注', en: 'Notes' },
};

export const STATUS_LABELS = {
  zh: { candidate: '待走访', visited: '已走访', vetting: '审核中', approved: '审核通过', conditional: '有条件通过', rejected: '未通过', suspended: '暂停合作' },
  en: { candidate: 'Candidate', visited: 'Visited', vetting: 'In vetting', approved: 'Approved', conditional: 'Conditional', rejected: 'Rejected', suspended: 'Suspended' },
} as const;

type Filter = CompanyListInput & { sort: NonNullable<CompanyListInput['sort']> };

/** Pages through the list query exactly as the screen does (same filters, same order). */
export function* companyPages(db: Db, filter: Filter, total: number) {
  for (let offset = 0; offset < total; offset += CHUNK) {
    const { rows } = listCompanies(db, { ...filter, offset, limit: CHUNK });
    if (!rows.length) return;
    yield rows;
  }
}

export function companiesSource(db: Db, filter: Filter, lang: Lang): ExportSource {
  const { total } = listCompanies(db, { ...filter, offset: 0, limit: 1 });
  const sep = lang === 'zh' ? '；' : '; ';
  return {
    columns: [
      col(L.name, lang, 'text', 36), col(L.creditCode, lang, 'text', 22), col(L.town, lang, 'text', 10), col(L.industry, lang, 'text', 14),
      col(L.status, lang, 'text', 11), col(L.headcount, lang, 'number'), col(L.address, lang, 'text', 30), col(L.tags, lang, 'text', 16),
      col(L.contacts, lang, 'text', 40), col(L.lastVisit, lang, 'date'), col(L.notes, lang, 'text', 30),
    ],
    total,
    *chunks() {
      for (const rows of companyPages(db, filter, total)) {
        const ids = rows.map((r) => r.id);
        const extra = new Map<string, { address: string | null; notes: string | null; contacts: string[] }>();
        const found = db.prepare(`SELECT id, address, notes FROM companies WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: string; address: string | null; notes: string | null }[];
        for (const r of found) extra.set(r.id, { address: r.address, notes: r.notes, contacts: [] });
        const contacts = db
          .prepare(`SELECT company_id, name, role, phone FROM contacts WHERE company_id IN (${ids.map(() => '?').join(',')}) ORDER BY company_id, sort_order`)
          .all(...ids) as { company_id: string; name: string; role: string | null; phone: string | null }[];
        for (const k of contacts) extra.get(k.company_id)?.contacts.push([k.name, k.role, k.phone].filter(Boolean).join(' '));
        yield rows.map((r) => [
          r.name, r.creditCode, r.townName, r.industryName, STATUS_LABELS[lang][r.status], r.headcount,
          extra.get(r.id)?.address ?? null, r.tags.join(sep) || null, extra.get(r.id)?.contacts.join(sep) || null, r.lastVisitDate, extra.get(r.id)?.notes ?? null,
        ]);
      }
    },
  };
}
