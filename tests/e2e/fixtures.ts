// Playwright fixtures: every test gets its own workspace file in a fresh temp folder,
// the real core on it in its own worker thread (as the desktop app runs it), and the real
// renderer bridged to that core.
//
//   test('…', async ({ app: page, core, shot }) => {
//     await core.invoke('companies.create', { name: '…' });   // seed through the same handlers
//     core.dialogs.answer('/tmp/…/other.sqlite');               // the next file dialog picks this
//     await shot('companies-list');                              // tests/artifacts/companies-list.png
//   });
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Api } from '../../shared/channels';
import type { Result } from '../../shared/result';
import type { FileDialogs } from '../../electron/core';
import { type CoreWorker, type RemoteOps, remoteOps, startCoreWorker } from '../../electron/core/worker/client';
import type { HostOps } from '../../electron/core/worker/ops';
import { openApp } from '../harness/bridge';
import { harnessHost } from '../harness/hostFacts';
import { pagePrinter } from '../harness/printer';
import type { TestOps } from '../harness/testOps';

export { expect } from '@playwright/test';

/** The page's global object, for `page.evaluate(() => (globalThis as AppGlobal).api…)`. */
export type AppGlobal = typeof globalThis & { api: Api };

export interface Workspace {
  /** The test's own temp folder (removed after the test). */
  dir: string;
  /** The workspace file the app opens. */
  path: string;
}

type DialogKind = keyof FileDialogs;

/** File dialogs answered by the test: queue answers with `answer()`; unanswered dialogs are "cancelled". */
export class StubDialogs implements FileDialogs {
  private answers: (string | null)[] = [];
  /** Every dialog shown, in order, with the name it suggested (for a copy). */
  readonly asked: { kind: DialogKind; suggestedName?: string }[] = [];

  /** The next dialog returns `path` (null: the user cancels). */
  answer(path: string | null): this {
    this.answers.push(path);
    return this;
  }

  private next(kind: DialogKind, suggestedName?: string): Promise<string | null> {
    this.asked.push(suggestedName === undefined ? { kind } : { kind, suggestedName });
    return Promise.resolve(this.answers.length ? this.answers.shift()! : null);
  }

  chooseNewWorkspace = () => this.next('chooseNewWorkspace');
  chooseWorkspaceToOpen = () => this.next('chooseWorkspaceToOpen');
  chooseCopyDestination = (suggestedName: string) => this.next('chooseCopyDestination', suggestedName);
  choosePdfDestination = (suggestedName: string) => this.next('choosePdfDestination', suggestedName);
  chooseSaveDestination = (suggestedName: string) => this.next('chooseSaveDestination', suggestedName);
  chooseFileToOpen = () => this.next('chooseFileToOpen');
  chooseFolder = () => this.next('chooseFolder');
}

/** The desktop shell answered by the test: every call recorded in `core.shell.calls`, nothing opened. */
export { RecordingShell as StubShell } from '../../electron/core/testing/recordingShell';
import { RecordingShell as StubShell } from '../../electron/core/testing/recordingShell';

export interface Core {
  /** The same invoke the desktop app's IPC handlers call (outputs are checked against the contract too). */
  invoke: (channel: unknown, input: unknown) => Promise<Result<unknown>>;
  /** The core's own operations: the host's (open, close, info, …) and the tests' (settle, state, pauseJobs, …). */
  ops: RemoteOps<HostOps & TestOps>;
  dialogs: StubDialogs;
  shell: StubShell;
  /** How many times the core reported that the open workspace changed. */
  workspaceChanges: number;
  worker: CoreWorker;
}

interface Fixtures {
  workspace: Workspace;
  core: Core;
  app: Page;
  shot: (name: string) => Promise<void>;
}

const ARTIFACTS = join(__dirname, '..', 'artifacts');
/** Built by `npm run test:e2e` (scripts/build.mjs): the shipped core plus the tests' operations. */
const TEST_CORE = join(__dirname, '..', '..', 'dist', 'test', 'core.cjs');

export const test = base.extend<Fixtures>({
  workspace: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-'));
    await use({ dir, path: join(dir, '工作区.sqlite') });
    rmSync(dir, { recursive: true, force: true });
  },

  core: async ({ workspace, browser }, use) => {
    const dialogs = new StubDialogs();
    const shell = new StubShell();
    const worker = await startCoreWorker({
      script: TEST_CORE,
      dataDir: workspace.dir,
      dialogs,
      // Reports print through the same Chromium as the app page, as the desktop app prints through its own.
      printer: pagePrinter(browser),
      shell,
      host: harnessHost(browser.version()),
      checkOutputs: true,
      onWorkspaceChanged: () => void core.workspaceChanges++,
    });
    const core: Core = { worker, invoke: worker.invoke, ops: remoteOps<HostOps & TestOps>(worker), dialogs, shell, workspaceChanges: 0 };
    await core.ops.open(workspace.path);
    await use(core);
    await worker.close();
  },

  app: async ({ page, core }, use) => {
    // Renderer crashes and console errors show up in the test's output.
    page.on('pageerror', (error) => console.error('[renderer]', error));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error('[renderer console]', message.text());
    });
    await openApp(page, core.invoke, { onBlockedRequest: (url) => console.error('[blocked request]', url) });
    await use(page);
  },

  shot: async ({ page }, use) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await use(async (name: string) => {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    });
  },
});
