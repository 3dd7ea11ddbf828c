import { HISTORY_VERSION } from '../history/versions.js';
import { FORMAT_NAME, type Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { bilingual } from './localized.js';

/**
 * A new, empty report from a template: the template's chapters with their titles in both
 * languages and empty bodies; no institutions, ambitions or cards yet.
 */
export function newReport(template: Template, id: string = crypto.randomUUID()): Report {
  return {
    format: FORMAT_NAME,
    // The newest version but the card versions': a report is version 5 once a card has some.
    version: HISTORY_VERSION - 1,
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
