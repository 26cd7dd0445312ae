import { z } from 'zod';
import { id } from '../validation';

export const workspaceInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number(),
  readOnly: z.boolean(),
  /** Set when the file failed its integrity check on open. */
  problem: z.string().nullable(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

/** null: the user closed the file dialog. */
export const workspaceChoice = workspaceInfo.nullable();

export const verdictThresholds = z
  .object({ approved: z.number().min(0).max(100), conditional: z.number().min(0).max(100) })
  .refine((t) => t.conditional <= t.approved, { path: ['conditional'], message: 'thresholdsUpsideDown' });

/** Workspace-wide figures the vetting rules read. */
export const vettingSettings = {
  /** The local monthly minimum wage in yuan (number rules can use it as their threshold). */
  minimumWage: z.number().int().min(1).max(100_000),
  /** A signed-off vetting is valid this many months; then re-vetting is due. */
  vettingValidityMonths: z.number().int().min(1).max(60),
  /** Overall score for a suggested "approved" / "conditional" verdict. */
  verdictThresholds,
};

/** Shanghai's monthly minimum wage from 1 July 2024; the user updates it when it changes. */
export const DEFAULT_VETTING_SETTINGS = {
  minimumWage: 2690,
  vettingValidityMonths: 12,
  verdictThresholds: { approved: 80, conditional: 60 },
} as const;

/** The issuing unit printed at the head of every report (a setting, for other bureaus' copies). */
export const DEFAULT_UNIT_NAME = '上海市嘉定区人力资源和社会保障局 对口支援与合作交流工作小组';
export const reportSettings = { unitName: z.string().trim().min(1).max(100) };

export const settings = z.object({ currentStaffId: id.nullable(), ...vettingSettings, ...reportSettings, hasLogo: z.boolean() });
export type Settings = z.infer<typeof settings>;
export const settingsUpdateInput = z.object({ currentStaffId: id.nullable(), ...vettingSettings, ...reportSettings }).partial();
export type SettingsUpdate = z.infer<typeof settingsUpdateInput>;

export const empty = z.object({}).strict();

/** The reports' logo: a PNG or JPEG of at most 512 KB, sent as base64 (a data: URL prefix is accepted). */
export const LOGO_LIMITS = { maxBytes: 512 * 1024, maxBase64Chars: 3_000_000, types: ['image/png', 'image/jpeg'] } as const;
export const logoInput = z.object({ data: z.string().max(LOGO_LIMITS.maxBase64Chars) }).strict();
/** The logo as a data: URL, or null when the reports carry none. */
export const logo = z.object({ dataUrl: z.string() }).nullable();
