import { describe, expect, it } from 'vitest';
import { frenchRuns, frenchText } from '../../../shared/export/typography.js';

const NARROW = '\u202f';
const NBSP = '\u00a0';
/** Shows the two no-break spaces, so that a failure reads: ⍽ narrow, ° no-break. */
const shown = (s: string) => s.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°');

describe('French typography at export', () => {
  it.each([
    ['Note : suite', 'Note°: suite'],
    ['Note: suite', 'Note°: suite'],
    ['un ; deux', 'un⍽; deux'],
    ['un; deux', 'un⍽; deux'],
    ['Vraiment ?', 'Vraiment⍽?'],
    ['Vraiment?', 'Vraiment⍽?'],
    ['Quoi ?!', 'Quoi⍽?!'],
    ['Enfin !', 'Enfin⍽!'],
    ['« citation »', '«°citation°»'],
    ['«citation»', '«°citation°»'],
    ['« Il a dit « non » »', '«°Il a dit «°non°»°»'],
    ['15 000 personnes', '15⍽000 personnes'],
    ['2 500 000 €', '2⍽500⍽000°€'],
    ['76 %', '76⍽%'],
    ['76%', '76⍽%'],
    ['3,5 km', '3,5°km'],
    ['3 millions', '3°millions'],
    ['n°1 ;', 'n°1⍽;'],
  ])('%s', (input, expected) => {
    expect(shown(frenchText(input))).toBe(expected);
  });

  it.each([
    'https://x.fr/a?b=c',
    'mailto:contact@x.fr',
    'écrire à contact@x.gouv.fr',
    'à 10:30',
    'en 2018',
    '2018–2020',
    'n°1',
    'le ratio 1:2',
    'std::vector',
    '15000 personnes',
    'la 4G',
    'http://x.fr:8080/a;b?c=d!e',
    '',
  ])('leaves %s as it is', (input) => {
    expect(shown(frenchText(input))).toBe(shown(input));
  });

  it('keeps an address whole and spaces the punctuation around it', () => {
    expect(shown(frenchText('Voir : https://x.fr/a?b=c ; ou «https://x.fr/?q» !'))).toBe('Voir°: https://x.fr/a?b=c⍽; ou «°https://x.fr/?q°»⍽!');
  });

  it('keeps the no-break spaces already typed, and gives the same text when applied twice', () => {
    const typed = `«${NBSP}déjà${NBSP}» et un${NARROW}; deux${NBSP}: trois`;
    expect(frenchText(typed)).toBe(typed);
    const once = frenchText('« a » : b ; c ? 15 000 € et 20 %');
    expect(frenchText(once)).toBe(once);
  });

  it('reads runs as one text: a bold word then " : ", a link then ";"', () => {
    expect(frenchRuns(['Note', ' : suite']).map((s) => shown(s!))).toEqual(['Note', '°: suite']);
    expect(frenchRuns(['lien', '; suite']).map((s) => shown(s!))).toEqual(['lien', '⍽; suite']);
    // A note call stands like a letter before its mark; the mark's run gets the space.
    expect(frenchRuns(['mot', null, ': suite']).map((s) => (s === null ? null : shown(s)))).toEqual(['mot', null, '°: suite']);
  });

  it('adds no space at the start of a text or of a line', () => {
    expect(shown(frenchText(': a'))).toBe(': a');
    expect(shown(frenchText('a\n: b'))).toBe('a\n: b');
  });

  it('is linear: ten times the text takes about ten times as long, not a hundred', () => {
    // A ratio of two sizes measured in the same run, not a time limit: the machine's load cancels out.
    const piece = 'mot : « x » 15 000 ; ';
    const fastest = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        frenchText(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    fastest(piece.repeat(5_000)); // warm-up
    const small = fastest(piece.repeat(5_000));
    const text = piece.repeat(50_000); // a million characters full of marks
    const large = fastest(text);
    expect(large / Math.max(small, 0.5)).toBeLessThan(35);
    const out = frenchText(text);
    expect(out).not.toMatch(/ [:;»]/);
  });
});
