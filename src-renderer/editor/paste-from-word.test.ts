// @vitest-environment happy-dom
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
    expect(cleanPastedHtml('<p class="x" style="color:red">Plain <a href="https://example.org" target="_blank">link</a></p>')).toBe('<p>Plain <a href="https://example.org">link</a></p>');
    expect(cleanPastedHtml('<table><tbody><tr><td colspan="2" style="width:5cm">Wide</td></tr></tbody></table>')).toBe('<table><tbody><tr><td colspan="2">Wide</td></tr></tbody></table>');
  });

  it('drops links that would run code or open files, and event handlers, keeping their text', () => {
    expect(cleanPastedHtml('<p><a href="javascript:alert(1)" onclick="alert(2)">Click</a> <a href="file:///C:/secret.docx">file</a><img src="x" onerror="alert(3)"></p>')).toBe('<p><a>Click</a> <a>file</a><img></p>');
  });

  it('keeps what the editor writes for its own citations and figures, so copying within the app loses nothing', () => {
    const own = '<p data-pm-slice="1 1 []"><span data-citation="" data-entry-ids="[&quot;r1&quot;]" data-page="14" data-narrative="false" class="citation">(Ainscow, 2020, p. 14)</span></p><figure data-picture-id="p1" data-name="chart.png" class="figure"><figcaption>Chart</figcaption></figure>';
    expect(cleanPastedHtml(own)).toBe(
      '<p data-pm-slice="1 1 []"><span data-citation="" data-entry-ids="[&quot;r1&quot;]" data-page="14" data-narrative="false">(Ainscow, 2020, p. 14)</span></p><figure data-picture-id="p1" data-name="chart.png"><figcaption>Chart</figcaption></figure>',
    );
  });
});
