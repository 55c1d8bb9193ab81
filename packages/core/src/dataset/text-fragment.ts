/**
 * Links to the very sentence of a source with a URL text fragment (`#:~:text=`), from a
 * W3C TextQuoteSelector.
 *
 * @module
 */

import type { TextQuoteSelector } from './types.js';

/** Percent-encodes a text-fragment term; `-`, `,` and `&` are syntax there. */
const term = (s: string) =>
  encodeURIComponent(s).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The last (or first) few words of a context string: enough to tell a quote apart. */
const edge = (s: string, last: boolean) => {
  const words = s.split(/\s+/).filter(Boolean);
  return words.slice(last ? -3 : 0, last ? undefined : 3).join(' ');
};

/**
 * A link to `url` that scrolls to and highlights the quote, or `undefined` when `url` is not
 * http(s). The text either side of the quote goes in as the fragment's prefix and suffix.
 *
 * @example
 * quoteUrl('https://example.org/a', { type: 'TextQuoteSelector', exact: 'gas flows', prefix: 'the ', suffix: ' fell' })
 * // 'https://example.org/a#:~:text=the-,gas%20flows,-fell'
 */
export function quoteUrl(url: string | null | undefined, selector: TextQuoteSelector): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  const prefix = edge(selector.prefix, true);
  const suffix = edge(selector.suffix, false);
  const parts = [
    prefix && `${term(prefix)}-`,
    term(selector.exact.trim()),
    suffix && `-${term(suffix)}`,
  ].filter(Boolean);
  return `${url.split('#')[0]}#:~:text=${parts.join(',')}`;
}
