/**
 * Finds the passage of a text closest to a quote that is not in it verbatim, so a failed
 * quote check can show the reviewer what the source actually says.
 *
 * Approximate substring matching (Sellers' algorithm): the minimum edit distance between
 * the quote and any substring of the text, in O(quote × text) time, over code points.
 *
 * @module
 */

/** The passage of a text nearest to a quote. */
export interface ClosestPassage {
  /** The substring of the text nearest to the quote. */
  passage: string;
  /** Start offset in code points. */
  start: number;
  /** End offset in code points (exclusive). */
  end: number;
  /** Edit distance between quote and passage. */
  distance: number;
}

/** @param text The text as an array of code points. */
export function closestPassage(text: readonly string[], quote: string): ClosestPassage {
  const pattern = [...quote];
  const n = text.length;
  let prev: number[] = new Array<number>(n + 1).fill(0);
  let prevStart = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const cur = new Array<number>(n + 1);
    const curStart = new Array<number>(n + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      let cost = prev[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      let start = prevStart[j - 1];
      if (prev[j] + 1 < cost) {
        cost = prev[j] + 1;
        start = prevStart[j];
      }
      if (cur[j - 1] + 1 < cost) {
        cost = cur[j - 1] + 1;
        start = curStart[j - 1];
      }
      cur[j] = cost;
      curStart[j] = start;
    }
    prev = cur;
    prevStart = curStart;
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (prev[j] < prev[end]) end = j;
  const start = prevStart[end];
  return { passage: text.slice(start, end).join(''), start, end, distance: prev[end] };
}

/**
 * Describes the first code point where a quote and a passage differ, with code point
 * numbers, because the usual culprits look alike (’ and ', – and -).
 */
export function firstDifference(quote: string, passage: string): string {
  const a = [...quote];
  const b = [...passage];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'no difference';
  return `first difference at character ${i + 1}: the quote has ${describe(a[i])}, the source has ${describe(b[i])}`;
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'nothing more';
  const code = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `${JSON.stringify(ch)} (U+${code})`;
}
