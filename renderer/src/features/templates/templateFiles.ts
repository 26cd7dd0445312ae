// Template files shared between colleagues: export has the core save the file where the
// user picks (so it is logged), import reads the picked file as text for the core to check.
import type { TemplateVersion } from '../../../../shared/vetting/schema';
import { api, call } from '../../lib/api';

/** Where the file went, or null when the user cancelled the save dialog. */
export async function exportTemplateFile(id: string, version: number | null = null): Promise<string | null> {
  return (await call(api().templates.export({ id, version })))?.path ?? null;
}

export async function importTemplateFile(file: File): Promise<TemplateVersion> {
  const text = await file.text();
  return call(api().templates.import({ text }));
}
