import { z } from 'zod';
import { id, requiredText } from '../validation';

export const workspaceInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number(),
  readOnly: z.boolean(),
  /**
   * Why it is read-only: damaged (failed its integrity check), a read-only file or medium,
   * locked (a colleague or another window has it open), or a backup being looked at.
   */
  readOnlyReason: z.enum(['damaged', 'readOnlyFile', 'locked', 'backup']).nullable(),
  /** Set when the file failed its integrity check on open. */
  problem: z.string().nullable(),
  /** Who has it open when it is locked. */
  lockedBy: z.object({ user: z.string(), computer: z.string() }).nullable(),
  /** Encrypted at rest (every new workspace; older ones until "加密此工作区"). */
  encrypted: z.boolean(),
  /** Its key is a passphrase the user chose (it can be opened on another computer with it). */
  passphrase: z.boolean(),
  /** The key is kept by the operating system's keystore (false: only a passphrase protects it). */
  keystoreProtects: z.boolean(),
  /** Set while a backup is being looked at (read-only). */
  viewingBackup: z.object({ createdAt: z.string() }).nullable(),
  /**
   * A workspace the user chose (File › Open, or the one the app last had open) that needs its
   * passphrase on this computer: the app asks for it (workspace.unlock) or lets it go (workspace.cancelUnlock).
   */
  pendingUnlock: z.object({ name: z.string() }).nullable(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

/**
 * The key pragma takes the passphrase as SQL text, which ends at a NUL: one cannot be typed, and
 * one sent would break the statement, so it is refused here (the fuzz of issue 12 found it).
 */
const passphraseText = (min: number) => z.string().min(min).max(200).refine((s) => !s.includes('\u0000'), 'passphraseCharacters');
/** A passphrase for a workspace: long enough to resist guessing by a machine. */
export const passphraseInput = z.object({ passphrase: passphraseText(8) }).strict();
/** Unlocking takes whatever was typed: a wrong one gets "wrong passphrase", not a length rule. */
export const unlockInput = z.object({ passphrase: passphraseText(1) }).strict();

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
export const settingsUpdateInput = z.object({ currentStaffId: id.nullable(), ...vettingSettings, unitName: requiredText(100) }).partial();
export type SettingsUpdate = z.infer<typeof settingsUpdateInput>;

export const empty = z.object({}).strict();

/** The reports' logo: a PNG or JPEG of at most 512 KB, sent as base64 (a data: URL prefix is accepted). */
export const LOGO_LIMITS = { maxBytes: 512 * 1024, maxBase64Chars: 3_000_000, types: ['image/png', 'image/jpeg'] } as const;
export const logoInput = z.object({ data: z.string().max(LOGO_LIMITS.maxBase64Chars) }).strict();
/** The logo as a data: URL, or null when the reports carry none. */
export const logo = z.object({ dataUrl: z.string() }).nullable();
