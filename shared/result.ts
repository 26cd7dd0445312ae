// One error shape for everything that crosses the bridge. Handlers never throw
// across it: they return { ok: false, error } and the renderer shows `error`
// next to the field (issues) or in a snackbar (message key), in the user's language.
import type { z } from 'zod';

export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNKNOWN_CHANNEL', 'WORKSPACE', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one field. `key` names a message in the i18n layer (errors.<key>). */
export interface FieldIssue {
  path: (string | number)[];
  key: string;
  params?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  /** i18n key of a general message (errors.<key>). */
  key: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Thrown inside the core and turned into `{ ok: false }` in one place (the handler map). */
export class ApiFailure extends Error {
  constructor(public readonly error: ApiError) {
    super(`${error.code}: ${error.key}`);
  }
}

export const fail = (code: ErrorCode, key: string, params?: ApiError['params'], issues?: FieldIssue[]): never => {
  throw new ApiFailure({ code, key, ...(params ? { params } : {}), ...(issues ? { issues } : {}) });
};

/** A uniqueness clash on one field, e.g. a company name already in use. */
export const conflictOn = (field: string, key: string, params?: FieldIssue['params']): never =>
  fail('CONFLICT', key, params, [{ path: [field], key, ...(params ? { params } : {}) }]);

/**
 * Maps zod's issues to message keys. Both sides use it: the core for rejected
 * bridge input, the renderer's form resolver before sending, so the user reads
 * the same sentence either way.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), ...describe(issue) }));
}

const MESSAGE_KEY = /^[a-z][a-zA-Z]+$/;

function describe(issue: z.core.$ZodIssue): Omit<FieldIssue, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { key: 'required' }
        : { key: 'invalidType', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', params: { minimum: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'tooFewItems', params: { minimum: Number(issue.minimum) } };
      return { key: 'tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'tooLong', params: { maximum: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'tooManyItems', params: { maximum: Number(issue.maximum) } };
      return { key: 'tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      // A pattern check may name its own message key (isoDate says 'invalidDate'); zod's default text is a sentence.
      if (issue.format === 'regex') return { key: MESSAGE_KEY.test(issue.message) ? issue.message : 'invalidFormat' };
      return { key: `format.${issue.format}` };
    case 'not_multiple_of':
      return { key: 'wholeNumber' };
    case 'unrecognized_keys':
      return { key: 'unknownField', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { key: 'invalidValue' };
    case 'custom':
      // Our refinements put a message key in `message` (see shared/validation.ts).
      return { key: issue.message, ...(issue.params ? { params: issue.params as Record<string, string | number> } : {}) };
    default:
      return { key: 'invalidValue' };
  }
}
