// Vitest global setup: builds the tests' core (dist/test/core.cjs) once, as scripts/build.mjs
// does, for the tests that start the core in its worker thread.
import { buildTestCore } from '../../scripts/bundles.mjs';

export default async function setup(): Promise<void> {
  await buildTestCore();
}
