import { JSDOM } from 'jsdom';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $htmlToRichText, $insertCleanHtml } from '../../renderer/src/editor/paste.js';
import { RichText } from '../../shared/model/richtext.js';
import { exported, reportEditor } from './support/headless.js';

// A paste from Word or a web page gives clean report rich text: the visible words stay,
// nothing that could run, load or restyle anything gets through.

const { window } = new JSDOM('');

/** Report rich text for pasted HTML, as the editor's paste makes it. */
function pasted(html: string): RichText {
  const editor = reportEditor();
  let value: RichText = [];
  editor.update(() => (value = $htmlToRichText(html, new window.DOMParser())), { discrete: true });
  expect(RichText.safeParse(value).success).toBe(true);
  return value;
}

/** All the text a reader would see in a value. */
const visibleText = (value: unknown): string =>
  JSON.stringify(value)
    .match(/"text":"[^"]*"/g)!
    .map((t) => t.slice(8, -1))
    .join('');

describe('pasted HTML becomes clean report rich text', () => {
  const hostile = `
    <html><head><style>p { color: red }</style><script>alert("head")</script></head>
    <body onload="alert('body')">
      <p class="Big" style="color:#ff0000;font-family:Comic Sans MS" onclick="alert('p')">Bonjour <b>le</b> <i>monde</i><script>document.cookie</script></p>
      <img src="x" onerror="alert('img')" alt="image piégée">
      <p>Lien <a href="javascript:alert('a')" onmouseover="alert('over')">piégé</a> et <a href="https://www.modernisation.gouv.fr/" target="_blank" style="color:green">sûr</a>.</p>
      <iframe src="https://evil.example/"></iframe>
      <ul><li><font color="red" face="Arial">rouge</font></li><li><span style="font-weight:bold">gras</span></li></ul>
      <table style="border:1px solid"><tr><th>Col</th><th onclick="x()">Autre</th></tr><tr><td>1</td><td>2</td></tr></table>
      <object data="evil.swf"><embed src="evil.swf"></object>
      <form><input value="champ"><button>bouton</button></form>
      <h5 style="color:blue">Petit titre</h5>
      <p><u>souligné</u> <s>barré</s> <code>code</code></p>
    </body></html>`;

  it('drops scripts, styles, handlers, iframes and unsafe links, keeping the visible text', () => {
    const value = pasted(hostile);
    const json = JSON.stringify(value);
    for (const banned of ['script', 'alert', 'onerror', 'onclick', 'onload', 'javascript:', 'iframe', 'evil', 'color', 'font', 'Comic', 'class', 'style', 'cookie']) {
      expect(json, banned).not.toContain(banned);
    }
    const seen = visibleText(value);
    for (const kept of ['Bonjour le monde', 'Lien piégé et sûr.', 'rouge', 'gras', 'Col', 'Autre', 'Petit titre', 'souligné barré code']) {
      expect(seen).toContain(kept);
    }
    expect(value).toContainEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Lien piégé et ' },
        { type: 'link', url: 'https://www.modernisation.gouv.fr/', children: [{ type: 'text', text: 'sûr' }] },
        { type: 'text', text: '.' },
      ],
    });
    expect(value).toContainEqual({
      type: 'list',
      ordered: false,
      items: [{ children: [{ type: 'text', text: 'rouge' }] }, { children: [{ type: 'text', text: 'gras', bold: true }] }],
    });
    expect(value).toContainEqual({ type: 'heading', level: 3, children: [{ type: 'text', text: 'Petit titre' }] });
    expect(value.find((b) => b.type === 'table')).toMatchObject({ headerRow: true, rows: [[{}, {}], [{}, {}]] });
  });

  it('turns a Word paste into paragraphs and nested lists, without mso- styles', () => {
    const word = `
      <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
      <style><!-- p.MsoNormal {mso-style-parent:""; font-family:"Calibri"} --></style></head><body lang=FR>
      <p class=MsoNormal style='mso-margin-top-alt:auto'><b><span style='font-family:"Marianne";mso-bidi-font-family:Arial'>Résultats</span></b><span style='mso-fareast-language:FR'> obtenus<o:p></o:p></span></p>
      <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Premier point<o:p></o:p></p>
      <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><i>Sous-point</i> numéroté<o:p></o:p></p>
      <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Second point<o:p></o:p></p>
      <p class=MsoNormal>Fin.<o:p></o:p></p>
      </body></html>`;
    const value = pasted(word);
    expect(JSON.stringify(value)).not.toMatch(/mso|Mso|Symbol|Times|Marianne|·/);
    expect(value).toStrictEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Résultats', bold: true }, { type: 'text', text: ' obtenus' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            children: [{ type: 'text', text: 'Premier point' }],
            sublist: {
              type: 'list',
              ordered: true,
              items: [{ children: [{ type: 'text', text: 'Sous-point', italic: true }, { type: 'text', text: ' numéroté' }] }],
            },
          },
          { children: [{ type: 'text', text: 'Second point' }] },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'Fin.' }] },
    ]);
  });

  it('keeps an image or footnote copied from a report editor, and drops images from elsewhere', () => {
    const value = pasted(
      '<p>Texte<sup data-bilan-footnote="">la note</sup></p><img data-bilan-media="chart.png" data-bilan-width="0.5" alt="Graphique"><p><img src="https://example.org/a.png" alt="ailleurs"></p>',
    );
    expect(value).toStrictEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Texte' }, { type: 'footnote', children: [{ type: 'text', text: 'la note' }] }] },
      { type: 'image', media: 'chart.png', alt: 'Graphique', width: 0.5 },
    ]);
  });

  it('keeps the spaces around an image it drops', () => {
    expect(pasted('<p>Avant <b>gras</b><img src="x" alt="ailleurs"> après</p>')).toStrictEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Avant ' }, { type: 'text', text: 'gras', bold: true }, { type: 'text', text: ' après' }] },
    ]);
  });

  it('inserts the cleaned content into the editor', () => {
    const editor = reportEditor();
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.update(() => $insertCleanHtml('<p>Un <a href="javascript:void(0)">lien</a></p><ol><li>un</li></ol>', new window.DOMParser()), { discrete: true });
    expect(exported(editor)).toStrictEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Un lien' }] },
      { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'un' }] }] },
    ]);
  });
});
