import { FORMAT_NAME, FORMAT_VERSION, type Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { bilingual } from './localized.js';

/**
 * A new, empty report from a template: the template's chapters with their titles in both
 * languages and empty bodies; no institutions, ambitions or cards yet.
 */
export function newReport(template: Template, id: string = crypto.randomUUID()): Report {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    id,
    template: { id: template.id, version: template.version },
    title: {},
    period: '',
    issuer: {},
    published: null,
    institutions: [],
    ambitions: [],
    chapters: template.chapters.map((c) => ({ id: c.id, title: bilingual(c.title.fr, c.title.en), body: {}, position: c.position })),
    cards: [],
    media: [],
  };
}
