// Building blocks for the contract's schemas. Limits are generous for real use
// and small enough that an oversized string is refused before it reaches SQLite.
import { z } from 'zod';

export const LIMITS = {
  name: 120,
  shortText: 200,
  longText: 5000,
  phone: 40,
  tag: 30,
  tags: 20,
  query: 100,
  listPage: 500,
  contacts: 50,
  followUps: 50,
  staffPerVisit: 20,
} as const;

/** Random text ids (UUID v7): records made on two laptops never collide. */
export const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

/** Required text: trimmed, not empty, bounded. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional text: empty input is stored as null so "no answer" has one form. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** A calendar date as YYYY-MM-DD that really exists (no 2018-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'invalidDate');

export const optionalDate = isoDate.nullish().transform((v) => v ?? null);

/** A count of people or things. */
export const count = (max = 1_000_000) => z.number().int().min(0).max(max);
export const optionalCount = (max = 1_000_000) =>
  count(max)
    .nullish()
    .transform((v) => v ?? null);

/** Money is whole yuan. */
export const yuan = z.number().int().min(0).max(1_000_000);
export const optionalYuan = yuan.nullish().transform((v) => v ?? null);

export const optionalBool = z
  .boolean()
  .nullish()
  .transform((v) => v ?? null);

export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(LIMITS.listPage).default(100),
};

export const searchQuery = z.string().trim().max(LIMITS.query).default('');

export const timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
};
