// Builds everything the app runs from:
//   dist/renderer/          the React renderer (Vite, renderer/vite.config.mts)
//   dist/electron/main.cjs  the Electron main process (esbuild; core bundled in)
//   dist/electron/preload.cjs  the preload (esbuild; runs sandboxed, so it may only require 'electron')
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const t0 = performance.now();
const since = (t) => `${Math.round(performance.now() - t)} ms`;

let t = performance.now();
console.log('build: renderer (vite) …');
await viteBuild({ configFile: `${root}renderer/vite.config.mts`, logLevel: 'warn' });
console.log(`build: renderer → dist/renderer (${since(t)})`);

t = performance.now();
const common = {
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
const [main, preload] = await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The preload is parsed on every page load and carries zod and the contract: minify it.
  esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'], minify: true }),
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
const mainImports = new Set(
  Object.values(main.metafile.outputs)
    .flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path))
    .filter((p) => !p.startsWith('node:') && !builtins.has(p)),
);
console.log(`build: main, preload → dist/electron (${since(t)}; main requires ${[...mainImports].sort().join(', ')})`);
console.log(`build: done in ${since(t0)}`);
