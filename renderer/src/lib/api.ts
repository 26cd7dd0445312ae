// The renderer's only way to the data: window.api, built by the preload (Electron)
// or by the test harness (Chromium) from the same contract.
import type { Api } from '../../../shared/channels';
import type { ApiError, Result } from '../../../shared/result';

declare global {
  interface Window {
    api: Api;
  }
}

export const api = (): Api => window.api;

/** An API call that failed with a typed error; forms show its issues next to fields. */
export class ApiCallError extends Error {
  constructor(public readonly error: ApiError) {
    super(error.key);
  }
}

/** Unwraps a result, throwing ApiCallError on failure so callers can use try/catch. */
export async function call<T>(promise: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await promise;
  } catch {
    // The bridge itself failed (e.g. the main process went away).
    throw new ApiCallError({ code: 'INTERNAL', key: 'bridgeDown' });
  }
  if (!result.ok) {
    if (READ_ONLY_NOW.has(result.error.key)) window.dispatchEvent(new Event(WORKSPACE_STATE_EVENT));
    throw new ApiCallError(result.error);
  }
  return result.value;
}

/**
 * Told when a refusal shows the workspace has become read-only since the window last asked
 * (damage found by the check that runs after opening, say): WorkspaceContext reads its state
 * again, so the banner or the damaged-workspace screen appears.
 */
export const WORKSPACE_STATE_EVENT = 'liaison:workspace-state';
const READ_ONLY_NOW = new Set(['workspaceReadOnly', 'workspaceDamaged', 'workspaceLocked', 'workspaceReadOnlyFile', 'viewingBackup']);
