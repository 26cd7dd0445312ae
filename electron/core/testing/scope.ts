// Test helper (not a test): what the workspace-file tests share. Workspaces, folders and
// sessions made in a test are removed after it, and a refused open is read as its error.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { type ApiError, ApiFailure } from '../../../shared/result';
import { createTestWorkspace, tempDir, type TestWorkspace } from './workspace';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Runs `fn` after the current test (last registered, first run). */
export const afterThisTest = (fn: () => void) => void cleanups.push(fn);

/** A test workspace (see createTestWorkspace), disposed after the test. */
export async function workspace(): Promise<TestWorkspace> {
  const ws = await createTestWorkspace();
  afterThisTest(() => ws.dispose());
  return ws;
}

/** An empty folder, removed after the test. */
export function dir(prefix = 'liaison-file-'): string {
  const d = tempDir(prefix);
  afterThisTest(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

/** The error an open (or another core call) was refused with; fails when it was not refused. */
export function refusal(attempt: () => unknown): ApiError {
  try {
    attempt();
  } catch (e) {
    if (e instanceof ApiFailure) return e.error;
    throw e;
  }
  throw new Error('accepted, but should have been refused');
}

export const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
