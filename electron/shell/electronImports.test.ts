// The one rule: only electron/main and electron/preload may load Electron. Everything
// else must run under plain Node (and in the Chromium harness), where there is no
// Electron binary.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['electron', 'shared', 'renderer', 'tests', 'scripts'];
const ALLOWED = ['electron/main/', 'electron/preload/'];
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'artifacts', 'test-results', 'playwright-report']);

function* sourceFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) yield* sourceFiles(path);
    } else if (SOURCE.test(e.name)) yield path;
  }
}

// A module specifier naming Electron itself: 'electron' or 'electron/main' etc.
// ('electron-builder' and '@electron/fuses' are build tools, not the runtime).
const SPEC = String.raw`(['"\x60])electron(?:\/[\w/-]+)?\1`;
const IMPORT_PATTERNS = [
  new RegExp(String.raw`\bimport\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*` + SPEC), // import x from '…'
  new RegExp(String.raw`\bimport\s*` + SPEC), // import '…'
  new RegExp(String.raw`\bexport\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*` + SPEC), // export … from '…'
  new RegExp(String.raw`\b(?:require|import)\s*\(\s*` + SPEC + String.raw`\s*\)`), // require('…'), import('…')
  new RegExp(String.raw`\bimport\s+\w+\s*=\s*require\s*\(\s*` + SPEC), // import x = require('…')
];

/** Source without comments, so a comment about Electron is not an import. */
const withoutComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"\w])\/\/.*$/gm, '$1');

const importsElectron = (src: string) => IMPORT_PATTERNS.some((p) => p.test(withoutComments(src)));

describe('Electron stays in electron/main and electron/preload', () => {
  it('recognises real imports and nothing else', () => {
    const q = "'";
    const e = 'electron';
    for (const yes of [
      `import { app } from ${q}${e}${q};`,
      `import type { WebPreferences } from ${q}${e}${q};`,
      `import * as el from "${e}";`,
      `import {\n  ipcMain,\n  dialog,\n} from ${q}${e}${q};`,
      `import ${q}${e}${q};`,
      `export { shell } from ${q}${e}${q};`,
      `const { app } = require(${q}${e}${q});`,
      `const m = await import(${q}${e}${q});`,
      `import { ipcRenderer } from ${q}${e}/renderer${q};`,
      `import el = require(${q}${e}${q});`,
    ]) {
      expect(importsElectron(yes), yes).toBe(true);
    }
    for (const no of [
      `import { build } from ${q}${e}-builder${q};`,
      `import { flipFuses } from ${q}@${e}/fuses${q};`,
      `// import { app } from ${q}${e}${q};`,
      `/* require(${q}${e}${q}) */`,
      `const msg = ${q}the ${e} binary is missing${q};`,
      `expect(text).toContain(${q}${e}${q});`,
      `import { x } from ${q}./${e}Helpers${q};`,
    ]) {
      expect(importsElectron(no), no).toBe(false);
    }
  });

  it('no other file imports electron', () => {
    const offenders: string[] = [];
    let scanned = 0;
    for (const top of SCANNED) {
      for (const file of sourceFiles(join(repo, top))) {
        const rel = relative(repo, file).split(sep).join('/');
        if (ALLOWED.some((dir) => rel.startsWith(dir))) continue;
        scanned++;
        if (importsElectron(readFileSync(file, 'utf8'))) offenders.push(rel);
      }
    }
    expect(scanned).toBeGreaterThan(20);
    expect(offenders, 'these files import electron; move the Electron part to electron/main or electron/preload').toEqual([]);
  });
});
