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

export const settings = z.object({ currentStaffId: id.nullable(), ...vettingSettings });
export type Settings = z.infer<typeof settings>;
export const settingsUpdateInput = z.object({ currentStaffId: id.nullable(), ...vettingSettings }).partial();
export type SettingsUpdate = z.infer<typeof settingsUpdateInput>;

export const empty = z.object({}).strict();
