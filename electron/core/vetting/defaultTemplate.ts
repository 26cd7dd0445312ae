// The checklist every workspace starts with (resources/vetting/default-template.json),
// checked against the template schema when it is loaded: a broken file fails loudly here.
import raw from '../../../resources/vetting/default-template.json';
import { type TemplateContent, templateContent } from '../../../shared/vetting/template';

export const DEFAULT_TEMPLATE: TemplateContent = templateContent.parse(raw);
