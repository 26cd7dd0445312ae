// Template files shared between colleagues: export hands the core's text to the
// browser as a download, import reads the picked file as text for the core to check.
import type { TemplateVersion } from '../../../../shared/vetting/schema';
import { api, call } from '../../lib/api';
import { downloadText } from '../../lib/download';

export async function exportTemplateFile(id: string, version: number | null = null): Promise<string> {
  const { fileName, text } = await call(api().templates.export({ id, version }));
  downloadText(fileName, text, 'application/json');
  return fileName;
}

export async function importTemplateFile(file: File): Promise<TemplateVersion> {
  const text = await file.text();
  return call(api().templates.import({ text }));
}
