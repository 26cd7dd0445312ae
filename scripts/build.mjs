// Builds everything the app runs from:
//   dist/renderer/          the React renderer (Vite, renderer/vite.config.mts)
//   dist/electron/main.cjs  the Electron main process (esbuild): window, menu, dialogs, printing
//   dist/electron/core.cjs  the core (esbuild), which main.cjs runs in a worker thread
//   dist/electron/preload.cjs  the preload (esbuild; runs sandboxed, so it may only require 'electron')
//   dist/test/core.cjs      the core with the tests' own operations (never shipped)
import { build as esbuild } from 'esbuild';
import { buildCore, buildTestCore, nodeBundle, root } from './bundles.mjs';
import { build as viteBuild } from 'vite';
import { builtinModules } from 'node:module';

const t0 = performance.now();
const since = (t) => `${Math.round(performance.now() - t)} ms`;

let t = performance.now();
console.log('build: renderer (vite) …');
await viteBuild({ configFile: `${root}renderer/vite.config.mts`, logLevel: 'warn' });
console.log(`build: renderer → dist/renderer (${since(t)})`);

t = performance.now();
const common = nodeBundle;
const [main, preload, core] = await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The preload is parsed on every page load and carries zod and the contract: minify it.
  esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'], minify: true }),
  buildCore(),
  // The same core with the tests' own operations, for the end-to-end specs (not shipped).
  buildTestCore(),
]);

// A sandboxed preload can require only a handful of modules; anything else fails at run time,
// inside Electron, where we cannot test it here. Catch it at build time instead.
const preloadImports = Object.values(preload.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
const forbidden = preloadImports.filter((p) => p !== 'electron');
if (forbidden.length) {
  console.error(`build: the sandboxed preload may only require 'electron', but it requires: ${forbidden.join(', ')}`);
  process.exit(1);
}
const builtins = new Set(builtinModules);
const externalsOf = (result) =>
  new Set(
    Object.values(result.metafile.outputs)
      .flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path))
      .filter((p) => !p.startsWith('node:') && !builtins.has(p)),
  );
// The core runs in a worker thread, where Electron's modules are not available; the main
// process only talks to it, so the database driver must not be in main.cjs.
if (externalsOf(core).has('electron')) {
  console.error("build: the core runs in a worker thread and may not require 'electron'");
  process.exit(1);
}
const mainImports = externalsOf(main);
if (mainImports.has('better-sqlite3-multiple-ciphers')) {
  console.error('build: the main process opens no database (the core does, in its worker thread), yet main.cjs requires the driver');
  process.exit(1);
}
console.log(`build: main, preload, core → dist/electron (${since(t)}; main requires ${[...mainImports].sort().join(', ')})`);
console.log(`build: done in ${since(t0)}`);
