// What the harness tells the core about its host (diagnostics, the error page's 复制错误信息):
// the app's version from package.json and the Chromium it drives; no Electron, no crash dumps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostFacts } from '../../electron/core/context';

export function harnessHost(chromiumVersion?: string): HostFacts {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return { app: version, ...(chromiumVersion ? { chromium: chromiumVersion } : {}) };
}
