import { z } from 'zod';
import { normalizeCreditCode, creditCodeProblem } from '../creditCode';
import { LIMITS, id, notesText, optionalCount, optionalPhone, optionalText, pageInput, requiredName, requiredText, searchQuery, searchText, timestamps } from '../validation';
import { COMPANY_STATUSES } from './status';

export const companyStatus = z.enum(COMPANY_STATUSES);

export const creditCode = z
  .string()
  .nullish()
  .transform((v) => (v ? normalizeCreditCode(v) : null))
  .superRefine((v, ctx) => {
    const problem = v === null ? null : creditCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const contactInput = z.object({
  id: id.optional(),
  name: requiredName(LIMITS.name),
  role: optionalText(LIMITS.shortText),
  phone: optionalPhone,
  note: optionalText(LIMITS.shortText),
});

const tag = requiredText(LIMITS.tag);

export const companyInput = z.object({
  name: requiredName(LIMITS.name),
  creditCode,
  townId: id.nullish().transform((v) => v ?? null),
  industryId: id.nullish().transform((v) => v ?? null),
  headcount: optionalCount(),
  address: optionalText(LIMITS.shortText),
  tags: z
    .array(tag)
    .max(LIMITS.tags)
    .default([])
    .transform((tags) => [...new Set(tags)]),
  status: companyStatus.default('candidate'),
  notes: notesText(LIMITS.longText),
  contacts: z.array(contactInput).max(LIMITS.contacts).default([]),
});
export type CompanyInput = z.input<typeof companyInput>;
export type CompanyValues = z.output<typeof companyInput>;

export const contact = z.object({
  id,
  name: z.string(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
});
export type Contact = z.infer<typeof contact>;

export const company = z.object({
  id,
  name: z.string(),
  creditCode: z.string().nullable(),
  townId: id.nullable(),
  townName: z.string().nullable(),
  industryId: id.nullable(),
  industryName: z.string().nullable(),
  headcount: z.number().nullable(),
  address: z.string().nullable(),
  tags: z.array(z.string()),
  status: companyStatus,
  notes: z.string().nullable(),
  contacts: z.array(contact),
  lastVisitDate: z.string().nullable(),
  deletedAt: z.string().nullable(),
  ...timestamps,
});
export type Company = z.infer<typeof company>;

/** One line of the company list: what the list shows, nothing more. */
export const companyRow = z.object({
  id,
  name: z.string(),
  creditCode: z.string().nullable(),
  townName: z.string().nullable(),
  industryName: z.string().nullable(),
  headcount: z.number().nullable(),
  status: companyStatus,
  tags: z.array(z.string()),
  lastVisitDate: z.string().nullable(),
});
export type CompanyRow = z.infer<typeof companyRow>;

export const COMPANY_SORTS = ['name', 'lastVisit', 'status'] as const;

export const companyListInput = z.object({
  query: searchQuery,
  status: companyStatus.nullish(),
  townId: id.nullish(),
  industryId: id.nullish(),
  tag: z.string().max(LIMITS.tag).pipe(searchText(LIMITS.tag)).nullish(),
  sort: z.enum(COMPANY_SORTS).default('name'),
  ...pageInput,
});
export type CompanyListInput = z.input<typeof companyListInput>;

export const companyList = z.object({ total: z.number(), rows: z.array(companyRow) });
export type CompanyList = z.infer<typeof companyList>;

export const companyUpdateInput = companyInput.extend({ id });
export type CompanyUpdateInput = z.input<typeof companyUpdateInput>;

// Typed in a name field (bounded like the name), looked up like a search: odd characters are cleaned, not refused.
export const similarInput = z.object({ name: z.string().max(LIMITS.name).pipe(searchText(LIMITS.name)), excludeId: id.nullish() });
export const similarCompanies = z.array(z.object({ id, name: z.string(), status: companyStatus }));
