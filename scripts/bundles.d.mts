import type { BuildOptions, BuildResult } from 'esbuild';

export const root: string;
export const nodeBundle: BuildOptions;
export const CORE_ENTRY: string;
export const TEST_CORE_ENTRY: string;
export const TEST_CORE_BUNDLE: string;
export function buildCore(entry?: string, outfile?: string): Promise<BuildResult>;
export function buildTestCore(): Promise<string>;
