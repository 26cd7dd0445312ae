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

export const settings = z.object({ currentStaffId: id.nullable() });
export type Settings = z.infer<typeof settings>;
export const settingsUpdateInput = z.object({ currentStaffId: id.nullable() }).partial();

export const empty = z.object({}).strict();
