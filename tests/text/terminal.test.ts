import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../shared/text/terminal.js';

const ESC = '\u001b';

describe('text from a report, as printed to a terminal', () => {
  it('keeps printable text of every script as it is', () => {
    const text = 'Plan d’action « national » 2018–2020 – ✓ 76\u202f% — Ελλάδα, العربية, 日本語 🇫🇷';
    expect(forTerminal(text)).toBe(text);
  });

  it('drops the escape sequences a terminal would obey, with their parameters', () => {
    // Colour, screen clearing, cursor moves, the window's title, a hyperlink, a device query, a charset switch.
    expect(forTerminal(`${ESC}[31mRouge${ESC}[0m`)).toBe('Rouge');
    expect(forTerminal(`Titre${ESC}[2J${ESC}[H${ESC}[1;1H réécrit`)).toBe('Titre réécrit');
    expect(forTerminal(`${ESC}]0;piégé\u0007Fenêtre`)).toBe('Fenêtre');
    expect(forTerminal(`${ESC}]8;;https://evil.example${ESC}\\lien${ESC}]8;;${ESC}\\`)).toBe('lien');
    expect(forTerminal(`${ESC}P+q544e${ESC}\\avant`)).toBe('avant');
    expect(forTerminal(`${ESC}(0tableau${ESC}(B`)).toBe('tableau');
    expect(forTerminal(`${ESC}cremis à zéro`)).toBe('remis à zéro');
    // The 8-bit forms: CSI and OSC as single C1 characters.
    expect(forTerminal('\u009b2Jeffacé\u009d0;titre\u0007 fin')).toBe('effacé fin');
    // An escape cut short at the end of the text goes as well.
    expect(forTerminal(`coupé${ESC}[`)).toBe('coupé');
    expect(forTerminal(`coupé${ESC}`)).toBe('coupé');
    expect(forTerminal(`coupé${ESC}]0;sans fin`)).toBe('coupé');
  });

  it('drops C0 and C1 controls, DEL, and carriage returns that would overwrite a line', () => {
    expect(forTerminal('a\u0000b\u0007c\u0008d\u007fe\u0085f\u009cg')).toBe('abcdefg');
    expect(forTerminal('Rien ne bloque\rTout bloque')).toBe('Rien ne bloqueTout bloque');
  });

  it('drops the bidi controls that reorder what a reader sees', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(forTerminal(`manquant${controls}: OK`)).toBe('manquant: OK');
    expect(forTerminal('\u202eKO\u202c')).toBe('KO');
  });

  it('makes one line of a title, but keeps the lines of a message that has several', () => {
    expect(forTerminal('Titre\nRien ne bloque la publication\tfin')).toBe('Titre Rien ne bloque la publication fin');
    expect(forTerminal('Liste :\n\t– un\n\t– deux', { multiline: true })).toBe('Liste :\n\t– un\n\t– deux');
    expect(forTerminal(`un${ESC}[2K\r\ndeux`, { multiline: true })).toBe('un\ndeux');
  });
});
