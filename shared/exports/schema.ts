// Spreadsheet exports: which dataset, which format, the UI language (for the column
// headers), and the same filter the dataset's list screen uses, so "export" gives what the
// user sees. The file is made in the core as a job (see shared/jobs/schema.ts).
import { z } from 'zod';
import { companyListInput } from '../companies/schema';
import { outcomeListInput } from '../outcomes/schema';
import { placementListInput } from '../placements/schema';
import { positionListInput } from '../positions/schema';
import { visitListInput } from '../visits/schema';

export const EXPORT_DATASETS = ['companies', 'visits', 'vettings', 'positions', 'outcomes', 'placements', 'exportLog'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const common = { format: z.enum(EXPORT_FORMATS), lang: z.enum(['zh', 'en']).default('zh') };

export const exportStartInput = z.discriminatedUnion('dataset', [
  z.object({ dataset: z.literal('companies'), ...common, filter: companyListInput.default({ query: '', sort: 'name', offset: 0, limit: 100 }) }),
  // Vettings of the companies the companies list shows (there is no list of vettings of its own).
  z.object({ dataset: z.literal('vettings'), ...common, filter: companyListInput.default({ query: '', sort: 'name', offset: 0, limit: 100 }) }),
  z.object({ dataset: z.literal('visits'), ...common, filter: visitListInput.default({ query: '', offset: 0, limit: 100 }) }),
  z.object({ dataset: z.literal('positions'), ...common, filter: positionListInput.default({ roomAndBoard: false }) }),
  z.object({ dataset: z.literal('outcomes'), ...common, filter: outcomeListInput.default({ year: null, prefectureId: null, tripId: null, kind: null }) }),
  z.object({ dataset: z.literal('placements'), ...common, filter: placementListInput.default({}) }),
  // The export log has no filter: it is exported whole, newest first.
  z.object({ dataset: z.literal('exportLog'), ...common, filter: z.object({}).strict().default({}) }),
]);
export type ExportStartInput = z.input<typeof exportStartInput>;
export type ExportRequest = z.output<typeof exportStartInput>;
