// The esbuild settings of everything that runs in Node or Electron, shared by
// scripts/build.mjs, the tests that build the main process or the core themselves
// (electron/main/main.test.ts, the vitest global setup) and the bench.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // better-sqlite3 loads its prebuilt .node binary from node_modules at run time.
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  absWorkingDir: root,
};

/** The core's worker thread as shipped, next to main.cjs (which starts it). */
export const CORE_ENTRY = 'electron/core/worker/entry.ts';
/** The same core with the tests' own operations (tests/harness/testOps.ts); never shipped. */
export const TEST_CORE_ENTRY = 'tests/harness/coreThread.ts';
export const TEST_CORE_BUNDLE = 'dist/test/core.cjs';

/** Builds a core bundle (`entry` into `outfile`, both relative to the repository). */
export const buildCore = (entry = CORE_ENTRY, outfile = 'dist/electron/core.cjs') =>
  build({ ...nodeBundle, entryPoints: [entry], outfile, absWorkingDir: root });

/** Builds the tests' core into dist/test/core.cjs and returns its absolute path. */
export async function buildTestCore() {
  await buildCore(TEST_CORE_ENTRY, TEST_CORE_BUNDLE);
  return `${root}${TEST_CORE_BUNDLE}`;
}
