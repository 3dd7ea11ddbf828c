import { describe, expect, it } from 'vitest';
import { ambitionHeadingMatcher, cardHeadingMatcher, fieldLabelMatcher } from '../../shared/import/labels.js';
import { readChoice, readNumber, readQuarter } from '../../shared/import/values.js';
import { templates } from '../support/fixtures.js';

const endOfTerm = templates.get('ogp-end-of-term');
const plan = templates.get('ogp-action-plan');

describe('what the import recognises in a report’s words', () => {
  it('card headings as real reports write them, with their number and title', () => {
    const card = cardHeadingMatcher(endOfTerm);
    expect(card('Engagement n°4 – Ouvrir les données')).toEqual({ number: '4', title: 'Ouvrir les données' });
    expect(card('Commitment 4: Open data')).toEqual({ number: '4', title: 'Open data' });
    expect(card('ENGAGEMENT N° 12 - Associer les citoyens')).toEqual({ number: '12', title: 'Associer les citoyens' });
    expect(card('Engagement n°4')).toEqual({ number: '4', title: '' });
    expect(card('Les engagements de la France')).toBeUndefined();
    expect(cardHeadingMatcher(plan)('ACTION N°1-5')).toEqual({ number: '1-5', title: '' });
    expect(cardHeadingMatcher(plan)('Action 2.3 – Publier les algorithmes')).toEqual({ number: '2-3', title: 'Publier les algorithmes' });
    // The action plan numbers its actions 1-5: a bare 5 is not one of them.
    expect(cardHeadingMatcher(plan)('Action 5 – Publier')).toBeUndefined();
  });

  it('ambition headings', () => {
    const ambition = ambitionHeadingMatcher(endOfTerm);
    expect(ambition('Ambition 2 – Participation citoyenne')).toEqual({ number: '2', title: 'Participation citoyenne' });
    expect(ambition('AMBITION N°3 : Transparence')).toEqual({ number: '3', title: 'Transparence' });
    expect(ambition('Ambition')).toBeUndefined();
  });

  it('field labels in either language, loosely, and the synonyms the template lists', () => {
    const field = fieldLabelMatcher(endOfTerm);
    expect(field('Avancement :')?.id).toBe('progress');
    expect(field('LEAD INSTITUTION(S)')?.id).toBe('leadInstitutions');
    expect(field('Administrations porteuses')?.id).toBe('leadInstitutions');
    expect(field('Niveau d’avancement')?.id).toBe('progress');
    expect(field("Niveau d'avancement")?.id).toBe('progress');
    expect(field('Level of completion')?.id).toBe('progress');
    expect(field('Budget')).toBeUndefined();
    expect(fieldLabelMatcher(plan)('Échéancier')?.id).toBe('deadlines');
  });

  it('values: a scale’s option as a whole word or a ticked box, quarters, numbers', () => {
    const progress = endOfTerm.card.fields.find((f) => f.id === 'progress')!;
    if (progress.kind !== 'choice') throw new Error('progress is a choice');
    expect(readChoice('Substantiel', progress, endOfTerm)).toEqual({ option: 'substantial', exact: true });
    expect(readChoice('☐ Pas commencé ☐ Limité ☒ Substantiel (niveau atteint) ☐ Achevé', progress, endOfTerm)).toEqual({ option: 'substantial', exact: true });
    expect(readChoice('Illimité', progress, endOfTerm)).toBeUndefined();
    expect(readQuarter('T4 2021')).toEqual({ year: 2021, quarter: 4 });
    expect(readQuarter('Q2 2022')).toEqual({ year: 2022, quarter: 2 });
    expect(readQuarter('2e trimestre 2020')).toEqual({ year: 2020, quarter: 2 });
    expect(readNumber('15 000')).toBe(15000);
    expect(readNumber('15,000')).toBe(15000);
    expect(readNumber('3,5')).toBe(3.5);
    expect(readNumber('beaucoup')).toBeUndefined();
  });
});
