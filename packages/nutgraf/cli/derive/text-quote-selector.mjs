/**
 * W3C Web Annotation TextQuoteSelectors for quotes located in a source text.
 *
 * @module
 */

/** Characters of context kept either side of a quote. */
export const CONTEXT = 32;

/**
 * The selector of the text between `start` and `end` (code point offsets) of `article`.
 * @param {string} article
 * @param {number} start
 * @param {number} end
 * @returns {{ type: 'TextQuoteSelector', exact: string, prefix: string, suffix: string }}
 */
export function textQuoteSelector(article, start, end) {
  const points = Array.from(article);
  return {
    type: 'TextQuoteSelector',
    exact: points.slice(start, end).join(''),
    prefix: points.slice(Math.max(0, start - CONTEXT), start).join(''),
    suffix: points.slice(end, end + CONTEXT).join(''),
  };
}
