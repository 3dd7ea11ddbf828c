import { ExportService } from '../../../electron/main/services/export-service.js';
import type { TemplateStore } from '../../../electron/main/services/template-store.js';
import type { LayoutFonts } from '../../../shared/export/layout/types.js';
import type { Template } from '../../../shared/model/template.js';

/** The font files of a template, read by the export service itself. */
export function templateFonts(templates: TemplateStore, template: Template): LayoutFonts {
  return new ExportService(templates).fonts(template);
}
