/**
 * The width in px of `text` set at `fontSize`, estimated without the DOM (layouts run in Node
 * too), plus 2 px. Each character counts by its class: capitals and wide signs 0.68 em, thin
 * letters, punctuation and spaces 0.3 em, CJK 1 em, the rest 0.56 em.
 *
 * Against the widths Chromium renders for the dataset's names (11, 12 and 16 px; regular and
 * semibold; sans-serif, serif and Arial) the estimate is 0.97–1.60 times the real width,
 * median 1.15: it seldom falls short, so labels placed by it seldom overlap
 * (packages/core/test/text-width.test.ts holds it to that).
 */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    w += code > 0x2e80 ? 1 : /[A-ZMW@%]/.test(ch) ? 0.68 : /[il.,'’ ]/.test(ch) ? 0.3 : 0.56;
  }
  return Math.ceil(w * fontSize) + 2;
}
