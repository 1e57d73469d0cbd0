/**
 * Where the keyboard focus goes when what held it goes away: never to the page's body, where a
 * keyboard or screen-reader user would have to start the screen again.
 */

/** The text being written on this screen, or else the screen's heading. */
export function focusTheText(): void {
  const text = document.querySelector<HTMLElement>('main [contenteditable="true"]');
  if (text !== null) text.focus();
  else focusTheHeading();
}

/** The screen's heading (made focusable for the purpose), without scrolling to it. */
export function focusTheHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h2') ?? document.querySelector<HTMLElement>('h1');
  if (heading === null) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** Focus back on `opener` when nothing else has it (a control in the page keeps it), or on the heading if it has gone. */
export function returnFocus(opener: Element | null): void {
  if (document.activeElement !== null && document.activeElement !== document.body) return;
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  else focusTheHeading();
}
