// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste-from-word.js';

/** What Word puts on the clipboard for a heading, a paragraph, a numbered list with a sub-bullet, and a bullet list. */
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {font-family:Calibri} --></style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB><!--StartFragment-->
<h1 style='mso-outline-level:1'><span style='font-family:"Calibri Light"'>Context<o:p></o:p></span></h1>
<p class=MsoNormal><span style='font-size:12.0pt;color:#2F5496'>The <b>graduated</b> <i>approach</i><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Assess<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>with parents<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Plan<o:p></o:p></p>
<p class=MsoNormal>Between lists</p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span></span><![endif]>Review<o:p></o:p></p>
<!--EndFragment--></body></html>`;

describe('cleanPastedHtml', () => {
  it('turns Word markup into plain structure the editor understands', () => {
    expect(cleanPastedHtml(WORD_CLIPBOARD).replace(/\s*\n\s*/g, '')).toBe(
      '<h2>Context</h2>' +
        '<p>The <b>graduated</b> <i>approach</i></p>' +
        '<ol><li><p>Assess</p><ul><li><p>with parents</p></li></ul></li><li><p>Plan</p></li></ol>' +
        '<p>Between lists</p>' +
        '<ul><li><p>Review</p></li></ul>',
    );
  });

  it('undoes Google Docs wrapping a paste in bold and keeps its real bold and italic', () => {
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;color:#000">Key</span> <span style="font-style:italic">point</span></p></b>';
    expect(cleanPastedHtml(html)).toBe('<p><strong>Key</strong> <em>point</em></p>');
  });

  it('leaves ordinary HTML alone apart from its attributes, keeping web links and merged cells', () => {
    expect(
      cleanPastedHtml(
        '<p class="x" style="color:red">Plain <a href="https://example.org" target="_blank">link</a></p>',
      ),
    ).toBe('<p>Plain <a href="https://example.org">link</a></p>');
    expect(cleanPastedHtml('<table><tbody><tr><td colspan="2" style="width:5cm">Wide</td></tr></tbody></table>')).toBe(
      '<table><tbody><tr><td colspan="2">Wide</td></tr></tbody></table>',
    );
  });

  it('drops links that would run code or open files, and event handlers, keeping their text', () => {
    expect(
      cleanPastedHtml(
        '<p><a href="javascript:alert(1)" onclick="alert(2)">Click</a> <a href="file:///C:/secret.docx">file</a><img src="x" onerror="alert(3)"></p>',
      ),
    ).toBe('<p><a>Click</a> <a>file</a><img></p>');
  });

  it('keeps what the editor writes for its own citations and figures, so copying within the app loses nothing', () => {
    const own =
      '<p data-pm-slice="1 1 []"><span data-citation="" data-entry-ids="[&quot;r1&quot;]" data-page="14" data-narrative="false" class="citation">(Ainscow, 2020, p. 14)</span></p><figure data-picture-id="p1" data-name="chart.png" class="figure"><figcaption>Chart</figcaption></figure>';
    expect(cleanPastedHtml(own)).toBe(
      '<p data-pm-slice="1 1 []"><span data-citation="" data-entry-ids="[&quot;r1&quot;]" data-page="14" data-narrative="false">(Ainscow, 2020, p. 14)</span></p><figure data-picture-id="p1" data-name="chart.png"><figcaption>Chart</figcaption></figure>',
    );
  });
});

/**
 * Clipboard HTML as each program hands it to the editor, written by hand in the shape of public captures
 * (trimmed: Word's head runs to 40 KB): `word-desktop-*` is Word for Windows through Chromium, with
 * `<![if !supportLists]>` around each glyph; `word-webkit-lists` has the `<!--[if !supportLists]-->` form
 * and double quotes WebKit writes; `word-desktop-list-styles` uses Word's List Bullet and List Number styles,
 * whose `mso-list` is in the style sheet only; then LibreOffice Writer and Word for the web.
 */
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', `${name}.html`), 'utf8');

const WORD_FIXTURES = [
  'word-desktop-bullets',
  'word-desktop-numbered',
  'word-webkit-lists',
  'word-desktop-list-styles',
];

/** The cleaned blocks one a line, indented by nesting, with each block's text as it reads (spaces collapsed). */
function outline(html: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.children].flatMap((element) => describeBlock(element, ''));
}

function describeBlock(element: Element, indent: string): string[] {
  const tag = element.tagName.toLowerCase();
  const children = [...element.children];
  if (tag === 'ul' || tag === 'ol')
    return [`${indent}${tag}`, ...children.flatMap((child) => describeBlock(child, `${indent}  `))];
  if (tag !== 'li') return [`${indent}${tag} ${words(element)}`];
  const paragraphs = children.filter((child) => child.tagName === 'P');
  const rest = children.filter((child) => child.tagName !== 'P');
  return [
    `${indent}li ${paragraphs.map(words).join(' / ')}`,
    ...rest.flatMap((child) => describeBlock(child, `${indent}  `)),
  ];
}

const words = (element: Element): string => element.textContent.replace(/\s+/g, ' ').trim();

describe('cleanPastedHtml with lists copied from Word and others', () => {
  it('rebuilds Word’s bulleted lists, nested by level, with Word’s glyphs gone and emphasis kept', () => {
    const cleaned = cleanPastedHtml(fixture('word-desktop-bullets'));
    expect(outline(cleaned)).toEqual([
      'p Following the review meeting in October:',
      'ul',
      '  li Pupils were given visual timetables for the morning routine',
      '  li Teaching assistants had training in precision teaching',
      '    ul',
      '      li two twilight sessions in the autumn term',
      '      li observed by the SENCO',
      '  li Parents were invited to the review',
      'p The outcomes were shared with staff:',
      'ul',
      '  li in the staff briefing',
      '  li on the provision map',
      // Typed by the writer, not drawn by Word: theirs to keep.
      'p • Typed with a bullet by hand, not a Word list',
    ]);
    expect(cleaned).toContain('<b>visual timetables</b>');
    expect(cleaned).toMatch(/<i>precision\s+teaching<\/i>/);
    // The bold Word wrapped round the last item's glyph goes with the glyph.
    expect(cleaned).toContain('<li><p><b>Parents</b> were invited');
  });

  it('makes numbered, lettered and roman levels ordered lists, and a second Word list a list of its own', () => {
    expect(outline(cleanPastedHtml(fixture('word-desktop-numbered')))).toEqual([
      'p The graduated approach in four stages:',
      'ol',
      '  li Assess the pupil’s needs',
      '    ol',
      '      li with parents and the class teacher',
      '        ol',
      '          li at the annual review',
      '      li with the educational psychologist',
      '  li Plan the provision',
      '  li Do: put it in place',
      '  li Review its impact',
      'p Two options were weighed:',
      'ol',
      '  li a small-group intervention',
      '  li one-to-one support in class',
      'p 1. Typed with a number by hand, not a Word list',
    ]);
  });

  it('reads the glyphs in the comment form and double quotes WebKit hands over', () => {
    const cleaned = cleanPastedHtml(fixture('word-webkit-lists'));
    expect(outline(cleaned)).toEqual([
      'p Strategies agreed with the class teacher:',
      'ul',
      '  li Pre-teach key vocabulary',
      '    ul',
      '      li with word mats on each table',
      '        ul',
      '          li refreshed each half term',
      '  li Chunk instructions',
      'p Next steps:',
      'ol',
      '  li Share the plan with parents',
      '  li Review in six weeks',
    ]);
    expect(cleaned).toContain('<i>word mats</i>');
  });

  it('knows paragraphs in Word’s List Bullet and List Number styles by their glyph, nesting List Bullet 2', () => {
    expect(outline(cleanPastedHtml(fixture('word-desktop-list-styles')))).toEqual([
      'p What the observation showed:',
      'ul',
      '  li Pupils were settled within five minutes',
      '    ul',
      '      li using the now and next board',
      '  li Pupils were confident to ask for help',
      'p Actions:',
      'ol',
      '  li Share the board with the lunchtime team',
    ]);
  });

  it.each(WORD_FIXTURES)(
    'leaves no glyph, padding or Word style behind from %s, with Word’s own line ends too',
    (name) => {
      const html = fixture(name);
      const cleaned = cleanPastedHtml(html);
      expect(cleaned).not.toMatch(/[·§\uF0B7\uF0A7]|&nbsp;|\u00A0|mso-|Ignore|<(span|o:p)\b|<b><\/b>/);
      for (const item of new DOMParser().parseFromString(cleaned, 'text/html').querySelectorAll('li > p')) {
        expect(item.textContent).not.toMatch(/^(\s|o\s|\(?[0-9a-z]{1,4}[.)]\s)/i);
      }
      // Word writes CRLF, and wraps its tags and styles where it likes.
      expect(outline(cleanPastedHtml(html.replaceAll('\n', '\r\n')))).toEqual(outline(cleaned));
    },
  );

  it('starts a new list where another Word list follows directly, and takes out glyph spacing Word left outside its span', () => {
    const item = (list: string, marker: string, text: string): string =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:${list}'><![if !supportLists]><span style='MSO-LIST: Ignore'>${marker}</span><![endif]>&nbsp;&nbsp; ${text}<o:p></o:p></p>`;
    const html =
      item('l0 level1 lfo1', '·', 'Bullet') +
      item('l0 level2 lfo3', '1.', 'Restarted sub-list') +
      item('l0 level1 lfo1', '·', 'Bullet again') +
      item('l1 level1 lfo2', '1.', 'Numbered');
    expect(outline(cleanPastedHtml(html))).toEqual([
      'ul',
      '  li Bullet',
      '    ol',
      '      li Restarted sub-list',
      '  li Bullet again',
      'ol',
      '  li Numbered',
    ]);
    expect(cleanPastedHtml(html)).not.toMatch(/·|&nbsp;/);
    // Outline numbering ("1", "1.1") is a number too.
    expect(outline(cleanPastedHtml(item('l2 level1 lfo4', '1', 'Context')))).toEqual(['ol', '  li Context']);
  });

  it('keeps LibreOffice’s real lists, with the sub-list beside its item as LibreOffice writes it', () => {
    // ProseMirror moves a list written straight inside a list into the item before it.
    expect(outline(cleanPastedHtml(fixture('libreoffice-lists')))).toEqual([
      'p Following the review meeting in October:',
      'ul',
      '  li Pupils were given visual timetables for the morning routine',
      '  ul',
      '    li two twilight sessions in the autumn term',
      '  li Parents were invited to the review',
      'ol',
      '  li Assess the pupil’s needs',
      '  ol',
      '    li with parents and the class teacher',
      '  li Plan the provision',
      'p • Typed with a bullet by hand, not a list',
    ]);
  });

  it('keeps the list items Word for the web copies, whose glyphs are only in attributes', () => {
    const cleaned = cleanPastedHtml(fixture('word-online-lists'));
    const page = new DOMParser().parseFromString(cleaned, 'text/html');
    // One list per Word list, nested as in Word, its numbers counting on rather than restarting at each item.
    expect([...page.querySelectorAll('body > ul, body > ol')].map((element) => element.tagName)).toEqual(['UL', 'OL']);
    expect([...page.querySelectorAll('body > ul > li > p')].map(words)).toEqual([
      'Pupils were given visual timetables',
      'Parents were invited to the review',
    ]);
    expect([...page.querySelectorAll('body > ul > li > ul > li')].map(words)).toEqual([
      'two twilight sessions in the autumn term',
    ]);
    expect([...page.querySelectorAll('body > ol > li')].map(words)).toEqual(['Assess', 'Plan']);
    expect(cleaned).not.toMatch(/data-leveltext|[\uF0B7·]|&nbsp;|\u00a0/);
    expect(cleaned).toContain('<strong>visual timetables</strong>');
  });
});
