/**
 * W3C Web Annotation TextQuoteSelectors for quotes located in a source text.
 *
 * @module
 */

import type { TextQuoteSelector } from '@nutgraf/core/dataset';

/** Characters of context kept either side of a quote. */
export const CONTEXT = 32;

/** The last text split into code points: a build asks for many selectors of one article. */
let last: { text: string; points: string[] } = { text: '', points: [] };

/**
 * The selector of the text between `start` and `end` of `article`: the quote, with up to
 * {@link CONTEXT} characters either side.
 * @param unit what the offsets count (default code points)
 */
export function textQuoteSelector(
  article: string,
  start: number,
  end: number,
  unit: 'codepoint' | 'utf16' = 'codepoint',
): TextQuoteSelector {
  let cut: (a: number, b?: number) => string;
  if (unit === 'utf16') cut = (a, b) => article.slice(a, b);
  else {
    if (last.text !== article) last = { text: article, points: Array.from(article) };
    const { points } = last;
    cut = (a, b) => points.slice(a, b).join('');
  }
  return {
    type: 'TextQuoteSelector',
    exact: cut(start, end),
    prefix: cut(Math.max(0, start - CONTEXT), start),
    suffix: cut(end, end + CONTEXT),
  };
}
