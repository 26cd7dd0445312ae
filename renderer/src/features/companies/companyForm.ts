// What the company form holds, and how it becomes the contract's input.
import type { Company, CompanyInput } from '../../../../shared/companies/schema';
import type { CompanyStatus } from '../../../../shared/companies/status';
import { numberOrNull } from '../../lib/formResolver';

export interface ContactForm { id?: string; name: string; role: string; phone: string; note: string }

export interface CompanyForm {
  name: string;
  creditCode: string;
  status: CompanyStatus;
  townId: string;
  industryId: string;
  headcount: string;
  address: string;
  tags: string[];
  notes: string;
  contacts: ContactForm[];
}

export const emptyCompanyForm = (): CompanyForm => ({
  name: '', creditCode: '', status: 'candidate', townId: '', industryId: '', headcount: '', address: '', tags: [], notes: '', contacts: [],
});

export const emptyContact = (): ContactForm => ({ name: '', role: '', phone: '', note: '' });

export const companyToForm = (c: Company): CompanyForm => ({
  name: c.name,
  creditCode: c.creditCode ?? '',
  status: c.status,
  townId: c.townId ?? '',
  industryId: c.industryId ?? '',
  headcount: c.headcount === null ? '' : String(c.headcount),
  address: c.address ?? '',
  tags: c.tags,
  notes: c.notes ?? '',
  contacts: c.contacts.map((k) => ({ id: k.id, name: k.name, role: k.role ?? '', phone: k.phone ?? '', note: k.note ?? '' })),
});

export const formToCompanyInput = (f: CompanyForm): CompanyInput => ({
  name: f.name,
  creditCode: f.creditCode || null,
  status: f.status,
  townId: f.townId || null,
  industryId: f.industryId || null,
  headcount: numberOrNull(f.headcount) as number | null,
  address: f.address,
  tags: f.tags,
  notes: f.notes,
  contacts: f.contacts.map((k) => ({ ...(k.id ? { id: k.id } : {}), name: k.name, role: k.role, phone: k.phone, note: k.note })),
});
