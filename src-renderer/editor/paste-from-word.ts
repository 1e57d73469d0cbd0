/**
 * Cleans HTML pasted from Word (and Google Docs) before the editor reads it.
 *
 * The editor's schema already drops fonts, colours and sizes. What it cannot undo
 * alone: Word writes lists as paragraphs with `mso-list` styles and typed-in bullets,
 * adds `<o:p>` and conditional-comment junk, and Google Docs wraps a whole paste in
 * `<b style="font-weight:normal">` and marks bold with spans. Headings 1 and 4–6 are
 * mapped onto the editor's two levels.
 */
export function cleanPastedHtml(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const body = page.body;
  removeJunk(body);
  convertWordLists(body);
  convertStyledSpans(body);
  mapHeadings(body);
  stripAttributes(body);
  return body.innerHTML;
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
}

const MSO_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;
const NUMBER_MARKER = /^\(?[0-9a-zA-Z]{1,4}[.)]/;

/** Rebuilds Word's list paragraphs as nested <ul>/<ol> elements. */
function convertWordLists(root: HTMLElement): void {
  let run: WordListParagraph[] = [];
  for (const paragraph of root.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6')) {
    const match = MSO_LIST.exec(paragraph.getAttribute('style') ?? '');
    if (match === null) continue;
    const markers = [...paragraph.querySelectorAll<HTMLElement>('[style*="mso-list"]')].filter((span) =>
      /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''),
    );
    const markerText = markers.map((marker) => marker.textContent).join('').trim();
    for (const marker of markers) marker.remove();
    const item = { paragraph, level: Number(match[1]), ordered: NUMBER_MARKER.test(markerText) };
    // List paragraphs that follow one another on the page form one list.
    const previous = run.at(-1);
    if (previous !== undefined && paragraph.previousElementSibling !== previous.paragraph) {
      buildList(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) buildList(run);
}

function buildList(run: readonly WordListParagraph[]): void {
  const [first] = run;
  if (first === undefined) return;
  const document = first.paragraph.ownerDocument;
  const top = document.createElement(first.ordered ? 'ol' : 'ul');
  first.paragraph.before(top);
  const open: { list: HTMLElement; level: number }[] = [{ list: top, level: Math.min(...run.map((item) => item.level)) }];
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
    if (/font-weight:\s*(normal|[1-4]00)\b/i.test(bold.getAttribute('style') ?? '')) unwrap(bold);
  }
  for (const span of [...root.querySelectorAll<HTMLElement>('span[style]')]) {
    const style = span.getAttribute('style') ?? '';
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
const KEPT_ATTRIBUTES = new Set(['data-pm-slice', 'data-citation', 'data-entry-ids', 'data-page', 'data-narrative', 'data-picture-id', 'data-name', 'colspan', 'rowspan']);

/** Web and email addresses only: a `javascript:` or `file:` link is kept as its text alone. */
const SAFE_LINK = /^\s*(https?:|mailto:)/iu;

function stripAttributes(root: HTMLElement): void {
  for (const element of root.getElementsByTagName('*')) {
    for (const attribute of [...element.attributes]) {
      const keep = KEPT_ATTRIBUTES.has(attribute.name) || (attribute.name === 'href' && element.tagName === 'A' && SAFE_LINK.test(attribute.value));
      if (!keep) element.removeAttribute(attribute.name);
    }
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}
