import { describe, expect, it } from 'vitest';
import { daysUntil, formatDay, remaining } from '../../renderer/src/components/contributor/deadline.js';
import { translate } from '../../renderer/src/i18n/translate.js';

// The deadline as the contributor's banner words it, in both interface languages.

const said = (deadline: string, today: Date, lang: 'fr' | 'en') => {
  const left = remaining(daysUntil(deadline, today));
  return translate(lang, left.key, left.params);
};

describe('the deadline of a contribution package', () => {
  const today = new Date(2021, 2, 20, 17, 45); // 20 March 2021, late in the reader's day

  it('counts whole calendar days, whatever the hour', () => {
    expect(daysUntil('2021-03-31', today)).toBe(11);
    expect(daysUntil('2021-03-20', new Date(2021, 2, 20, 0, 5))).toBe(0);
    expect(daysUntil('2021-04-02', today)).toBe(13); // across the change to summer time
    expect(daysUntil('2021-03-17', today)).toBe(-3);
  });

  it('says how far it is in French and in English', () => {
    expect(said('2021-03-31', today, 'fr')).toBe('dans 11 jours');
    expect(said('2021-03-31', today, 'en')).toBe('in 11 days');
    expect(said('2021-03-21', today, 'fr')).toBe('demain');
    expect(said('2021-03-20', today, 'en')).toBe('today');
    expect(said('2021-03-19', today, 'fr')).toBe('en retard d’un jour');
    expect(said('2021-03-17', today, 'fr')).toBe('en retard de 3 jours');
    expect(said('2021-03-17', today, 'en')).toBe('overdue by 3 days');
    expect(remaining(-3).overdue).toBe(true);
    expect(remaining(0).overdue).toBe(false);
  });

  it('writes the date as each language does', () => {
    expect(formatDay('2021-03-31', 'fr')).toBe('31 mars 2021');
    expect(formatDay('2021-03-31', 'en')).toBe('31 March 2021');
  });
});
