// Template files shared between colleagues: export hands the core's text to the
// browser as a download, import reads the picked file as text for the core to check.
import type { TemplateVersion } from '../../../../shared/vetting/schema';
import { api, call } from '../../lib/api';

export async function exportTemplateFile(id: string, version: number | null = null): Promise<string> {
  const { fileName, text } = await call(api().templates.export({ id, version }));
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

export async function importTemplateFile(file: File): Promise<TemplateVersion> {
  const text = await file.text();
  return call(api().templates.import({ text }));
}
