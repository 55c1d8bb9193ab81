import type { CSSResult } from 'lit';

/**
 * Adds `styles` to a shadow root's adopted style sheets, once: for code that loads on demand
 * and brings the styles of what it draws (an element's own `static styles` are set when its
 * root is made). Anything but a shadow root is left as it is.
 */
export function adoptStyles(root: unknown, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
