import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BilanError } from '../../../shared/i18n/errors.js';
import { Template } from '../../../shared/model/template.js';
import { templateOf, type TemplateRef } from '../../../shared/model/template-adjust.js';
import { TEMPLATES_DIR } from './app-paths.js';

/** Reads and checks the templates installed with the application. */
export class TemplateStore {
  private readonly cache = new Map<string, Template>();

  /** `dir`: the folder holding one folder per template (the export worker reads it too). */
  constructor(readonly dir: string = TEMPLATES_DIR) {}

  /** The ids of every installed template. */
  ids(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(this.dir, d.name, 'template.json')))
      .map((d) => d.name)
      .sort();
  }

  /** A template by id; with `version`, refuses a report made with a newer template than installed. */
  get(id: string, version?: number): Template {
    let template = this.cache.get(id);
    if (!template) {
      if (!/^[a-z][a-zA-Z0-9-]*$/.test(id) || !existsSync(join(this.dir, id, 'template.json'))) {
        throw new BilanError('template.unknown', { id, known: this.ids().join(', ') });
      }
      const parsed = Template.safeParse(JSON.parse(readFileSync(join(this.dir, id, 'template.json'), 'utf8')));
      if (!parsed.success) throw new BilanError('template.invalid', { id, detail: parsed.error.issues[0]?.message ?? '' });
      template = parsed.data;
      this.cache.set(id, template);
    }
    if (version !== undefined && version > template.version) throw new BilanError('template.tooNew', { id, version, installed: template.version });
    return template;
  }

  /**
   * The template a report is read with: the installed one, refusing a newer version than
   * installed, with the report's adjustments applied (fields it requires, shows or hides, help
   * texts, scale wording). Validation, exports and `bilan info` take it from here; checking and
   * saving the file take `get`, which still knows the fields the report hides.
   */
  forReport(report: TemplateRef): Template {
    return templateOf(this.get(report.template.id, report.template.version), report);
  }

  /** The bytes of a font file named by a template's page style. */
  font(id: string, file: string): Uint8Array {
    return readFileSync(join(this.dir, id, file));
  }
}
