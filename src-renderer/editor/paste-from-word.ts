/**
 * Cleans HTML pasted from Word (and Google Docs) before the editor reads it.
 *
 * The editor's schema already drops fonts, colours and sizes. What it cannot undo
 * alone: Word writes lists as paragraphs with `mso-list` styles and draws their bullets and
 * numbers in as text, adds `<o:p>` and conditional-comment junk, and Google Docs wraps a whole paste in
 * `<b style="font-weight:normal">` and marks bold with spans. Headings 1 and 4–6 are
 * mapped onto the editor's two levels.
 */
export function cleanPastedHtml(html: string): string {
  const page = new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
  const body = page.body;
  removeJunk(body);
  convertWordLists(body);
  joinWordOnlineLists(body);
  convertStyledSpans(body);
  mapHeadings(body);
  stripAttributes(body);
  return body.innerHTML;
}

/** Where a pasted element's style attribute is read from: see `withoutInlineStyles`. */
const STYLE = 'data-pasted-style';

/**
 * The page's content-security policy refuses inline styles, and the browser checks, and reports,
 * each style sheet and style attribute even in a document that is only parsed, never shown
 * (docs/security.md). Style sheets go before parsing; style attributes are kept under another
 * name, for the cleaning to read.
 */
function withoutInlineStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/giu, '')
    .replace(/<[a-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>/giu, (tag) =>
      tag.replace(/(\s)style(?=\s*=)/giu, `$1${STYLE}`),
    );
}

function removeJunk(root: HTMLElement): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of [...root.querySelectorAll('style, script, meta, link, title, xml')]) element.remove();
  for (const element of [...root.getElementsByTagName('*')]) {
    if (element.tagName.includes(':')) element.remove();
  }
}

interface WordListParagraph {
  readonly paragraph: HTMLElement;
  readonly level: number;
  readonly ordered: boolean;
  /** Which of Word's lists the paragraph is in (`l0 lfo1`), when its own style says. */
  readonly list: string | undefined;
}

/** `mso-list:l0 level2 lfo1`: list l0, depth 2, in the list instance lfo1 (a restarted list is a new instance). */
const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)(?:\s+(lfo\d+))?/i;
/**
 * Word draws a list's glyph ("·" in Symbol, "§" in Wingdings, "o" in Courier New, "1.", "a)") as text in a
 * span styled `mso-list:Ignore`, for readers that cannot draw lists. Left in, it doubles the editor's bullet.
 */
const MSO_IGNORE = /mso-list:\s*ignore/i;
/** Word's List Bullet 2, List Number 3… styles keep their list in the style sheet; the digit is their depth. */
const LIST_STYLE_DEPTH = /\bMsoList(?:Bullet|Number)(\d)/;
const NUMBER_MARKER = /^\(?[0-9a-zA-Z]{1,4}[.)]|^\d+$/;

/** Rebuilds Word's list paragraphs as nested <ul>/<ol> elements, without Word's glyphs. */
function convertWordLists(root: HTMLElement): void {
  let run: WordListParagraph[] = [];
  for (const paragraph of root.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6')) {
    const item = readListParagraph(paragraph);
    if (item === undefined) continue;
    if (!continuesRun(run, item)) {
      buildList(run);
      run = [];
    }
    run.push(item);
  }
  buildList(run);
  // A glyph Word marked outside a paragraph (in a list item or a div) is still only Word's drawing.
  for (const marker of listMarkers(root)) marker.remove();
}

/** Reads a paragraph Word wrote as a list item, taking its glyph out; undefined for any other paragraph. */
function readListParagraph(paragraph: HTMLElement): WordListParagraph | undefined {
  const style = MSO_LIST.exec(paragraph.getAttribute(STYLE) ?? '');
  const markers = listMarkers(paragraph);
  // Paragraphs in Word's List Bullet and List Number styles have `mso-list` only in the style sheet:
  // the glyph Word puts in front of them is what shows they are list items.
  if (style === null && markers.length === 0) return undefined;
  const markerText = markers
    .map((marker) => marker.textContent)
    .join('')
    .trim();
  for (const marker of markers) removeMarker(marker, paragraph);
  trimLeadingSpace(paragraph);
  const [, listId, level, instance] = style ?? [];
  return {
    paragraph,
    level: Number(level ?? LIST_STYLE_DEPTH.exec(paragraph.className)?.[1] ?? 1),
    ordered: NUMBER_MARKER.test(markerText),
    list: listId === undefined || instance === undefined ? undefined : `${listId} ${instance}`,
  };
}

function listMarkers(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${STYLE}]`)].filter((element) =>
    MSO_IGNORE.test(element.getAttribute(STYLE) ?? ''),
  );
}

/** Takes the glyph out with the font span (and the bold, when the item starts bold) that held nothing else. */
function removeMarker(marker: Element, paragraph: Element): void {
  let outermost = marker;
  while (
    outermost.parentElement !== null &&
    outermost.parentElement !== paragraph &&
    outermost.parentElement.childNodes.length === 1
  ) {
    outermost = outermost.parentElement;
  }
  outermost.remove();
}

/** The spaces that stood between the glyph and the words are not part of the item. */
function trimLeadingSpace(paragraph: HTMLElement): void {
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    node.nodeValue = (node.nodeValue ?? '').replace(/^\s+/, '');
    if (node.nodeValue !== '') return;
  }
}

/**
 * List paragraphs that follow one another on the page form one list, until another Word list
 * (or one Word restarted) begins at the run's top level; a sub-list of another list stays nested.
 */
function continuesRun(run: readonly WordListParagraph[], item: WordListParagraph): boolean {
  const first = run[0];
  const previous = run.at(-1);
  if (first === undefined || previous === undefined) return true;
  if (item.paragraph.previousElementSibling !== previous.paragraph) return false;
  const anotherList = item.list !== undefined && first.list !== undefined && item.list !== first.list;
  return !anotherList || item.level > first.level;
}

/**
 * Word for the web puts each list item in a list of its own (`div.ListContainerWrapper > ul > li`), its depth in
 * `data-aria-level`: taken as they come, numbering would restart at every item ("1. 1.") and nesting be lost.
 * Each item's end-of-paragraph mark (`span.EOP`, a no-break space) goes too.
 */
function joinWordOnlineLists(root: HTMLElement): void {
  for (const mark of [...root.querySelectorAll('span.EOP')]) mark.remove();
  let run: WordListParagraph[] = [];
  for (const wrapper of [...root.querySelectorAll<HTMLElement>('div.ListContainerWrapper')]) {
    const items = wrapper.querySelectorAll<HTMLElement>('li');
    const [item] = items;
    if (items.length !== 1 || item === undefined) continue;
    const paragraph = root.ownerDocument.createElement('p');
    paragraph.append(...(item.querySelector(':scope > p') ?? item).childNodes);
    wrapper.replaceWith(paragraph);
    const entry = {
      paragraph,
      level: Number(item.getAttribute('data-aria-level') ?? 1) || 1,
      ordered: item.parentElement?.tagName === 'OL',
      list: item.getAttribute('data-listid') ?? undefined,
    };
    if (!continuesRun(run, entry)) {
      buildList(run);
      run = [];
    }
    run.push(entry);
  }
  buildList(run);
}

function buildList(run: readonly WordListParagraph[]): void {
  const [first] = run;
  if (first === undefined) return;
  const document = first.paragraph.ownerDocument;
  const top = document.createElement(first.ordered ? 'ol' : 'ul');
  first.paragraph.before(top);
  const open: { list: HTMLElement; level: number }[] = [
    { list: top, level: Math.min(...run.map((item) => item.level)) },
  ];
  for (const item of run) {
    let current = open[open.length - 1] ?? open[0];
    while (current !== undefined && open.length > 1 && current.level > item.level) {
      open.pop();
      current = open[open.length - 1];
    }
    if (current === undefined) return;
    if (item.level > current.level) {
      const parentItem = current.list.lastElementChild ?? current.list.appendChild(document.createElement('li'));
      const nested = document.createElement(item.ordered ? 'ol' : 'ul');
      parentItem.append(nested);
      current = { list: nested, level: item.level };
      open.push(current);
    }
    const listItem = document.createElement('li');
    const paragraph = document.createElement('p');
    paragraph.append(...item.paragraph.childNodes);
    listItem.append(paragraph);
    current.list.append(listItem);
    item.paragraph.remove();
  }
}

function convertStyledSpans(root: HTMLElement): void {
  for (const bold of [...root.querySelectorAll<HTMLElement>('b, strong')]) {
    if (/font-weight:\s*(normal|[1-4]00)\b/i.test(bold.getAttribute(STYLE) ?? '')) unwrap(bold);
  }
  for (const span of [...root.querySelectorAll<HTMLElement>(`span[${STYLE}]`)]) {
    const style = span.getAttribute(STYLE) ?? '';
    const wrappers = [
      /font-weight:\s*(bold|[6-9]00)\b/i.test(style) ? 'strong' : undefined,
      /font-style:\s*italic/i.test(style) ? 'em' : undefined,
      /text-decoration[^;]*underline/i.test(style) ? 'u' : undefined,
    ].filter((tag) => tag !== undefined);
    let inner: Node[] = [...span.childNodes];
    for (const tag of wrappers) {
      const wrapper = span.ownerDocument.createElement(tag);
      wrapper.append(...inner);
      inner = [wrapper];
    }
    span.replaceChildren(...inner);
  }
  // Spans carry nothing the editor keeps once their formatting is turned into tags, but for its own citations.
  for (const span of [...root.querySelectorAll('span:not([data-citation])')]) unwrap(span);
}

function mapHeadings(root: HTMLElement): void {
  for (const heading of [...root.querySelectorAll<HTMLElement>('h1, h4, h5, h6')]) {
    const replacement = root.ownerDocument.createElement(heading.tagName === 'H1' ? 'h2' : 'h3');
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

/**
 * Attributes the editor reads back: its own, from a copy within the app (citations, figures,
 * the clipboard's slice depth), and the spans of merged table cells.
 */
const KEPT_ATTRIBUTES = new Set([
  'data-pm-slice',
  'data-citation',
  'data-entry-ids',
  'data-page',
  'data-narrative',
  'data-picture-id',
  'data-name',
  'colspan',
  'rowspan',
  'colwidth',
]);

/** Web and email addresses only: a `javascript:` or `file:` link is kept as its text alone. */
const SAFE_LINK = /^\s*(https?:|mailto:)/iu;

function stripAttributes(root: HTMLElement): void {
  for (const element of root.getElementsByTagName('*')) {
    for (const attribute of [...element.attributes]) {
      const keep =
        KEPT_ATTRIBUTES.has(attribute.name) ||
        (attribute.name === 'href' && element.tagName === 'A' && SAFE_LINK.test(attribute.value));
      if (!keep) element.removeAttribute(attribute.name);
    }
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}
