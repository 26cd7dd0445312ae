// `npm run lint` (part of `npm test`): ESLint over all the code — the shell, the core, the
// contract, the renderer, tests, bench and build scripts — with no warnings allowed.
//  - typescript-eslint's recommended rules (on top of ESLint's own), without type information:
//    `npm run typecheck` already runs the compiler, and the type-aware rules would make
//    every lint run build both TypeScript programs again.
//  - The React hooks rules (the Rules of Hooks, exhaustive-deps and the React Compiler's
//    checks) on the renderer, the only code with components.
// A rule is turned off in a line only with `eslint-disable-next-line <rule> -- <why>`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'test-results/', 'playwright-report/', 'tests/artifacts/', 'bench/.data/', '.scratch/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { id: _id, ...values } = row` is how the code drops fields from a record.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },
  // Playwright reads a fixture's dependencies from its first parameter, which must be an object
  // pattern: `async ({}, use) => …` for a fixture that needs none.
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] } },
  // Plain JavaScript runs in Node: the build scripts and this file.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
);
