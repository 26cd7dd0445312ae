import { z } from 'zod';

/** Why a backup was made. */
export const BACKUP_REASONS = ['premigrate', 'daily', 'close', 'manual', 'beforeRestore', 'beforeEncrypt'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupCounts = z.object({ companies: z.number(), visits: z.number(), vettings: z.number(), trips: z.number() });

export const backupEntry = z.object({
  /** The backup's file name in the workspace's backups folder. */
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  size: z.number(),
  schemaVersion: z.number(),
  counts: backupCounts.nullable(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

/** A backup named by its id; anything that is not one of our file names is refused. */
export const backupId = z.object({ id: z.string().regex(/^\d{8}-\d{6}-\d{3}-[a-zA-Z]+\.sqlite$/, 'invalidFormat') }).strict();

/**
 * How many automatic backups are kept (an app-wide setting): for each of the last `daily`
 * days the newest of each kind, then one for each of the `weekly` weeks before. Pre-migration
 * backups are always kept.
 */
export const retentionPolicy = z.object({ daily: z.number().int().min(1).max(90), weekly: z.number().int().min(0).max(104) }).strict();
export type RetentionPolicy = z.infer<typeof retentionPolicy>;
