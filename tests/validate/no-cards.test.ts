import { describe, expect, it } from 'vitest';
import { newReport } from '../../shared/report/create.js';
import { describeValidationIssue } from '../../shared/validate/describe.js';
import { validateReport } from '../../shared/validate/validate.js';
import { templates } from '../support/fixtures.js';

describe('a report with no card', () => {
  it('says where cards are added, in both languages, rather than "Fiches : manquant"', () => {
    const template = templates.get('ogp-end-of-term');
    const report = newReport(template);
    const issue = validateReport(report, template).find((i) => i.target.kind === 'report' && i.target.part === 'cards');
    expect(issue?.severity).toBe('error');
    expect(describeValidationIssue(issue!, report, template, 'fr')).toMatch(/^Fiches\s: aucune fiche pour l’instant\s; ajoutez-en depuis «\sDétails du rapport\s» \(«\sAjouter une fiche\s» sous chaque ambition\)/);
    expect(describeValidationIssue(issue!, report, template, 'en')).toMatch(/^Cards: no card yet; add them from “Report details” \(“Add a card” under each ambition\)/);
  });
});
