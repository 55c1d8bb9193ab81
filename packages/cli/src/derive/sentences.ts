/**
 * Splits a source text into sentences, with offsets in code points.
 *
 * Rules:
 * - Every line is split on its own; line breaks never belong to a sentence.
 * - A line that does not end with terminal punctuation (`.`, `!`, `?`, `…`, optionally
 *   followed by closing quotes or brackets) is a subhead: one "sentence" flagged `subhead`.
 * - A body line is split after terminal punctuation (plus closing quotes/brackets) that is
 *   followed by whitespace and an upper-case letter, a digit or an opening quote/bracket.
 *   Common abbreviations ("e.g.", "Mr.", "U.S.") do not end a sentence.
 *
 * @module
 */

const CLOSERS = `"'”’)\\]»`;
const TERMINAL_LINE = new RegExp(`[.!?…][${CLOSERS}]*$`, 'u');
const BOUNDARY = new RegExp(`[.!?…][${CLOSERS}]*(\\s+)(?=["'“‘(\\[«]?[\\p{Lu}\\p{N}])`, 'gu');
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|No|U\.S|U\.K|U\.N)\.$/u;

/** One sentence (or subhead line) of a text. */
export interface Sentence {
  /** Zero-based position in the text. */
  index: number;
  /** Start offset in code points. */
  start: number;
  /** End offset in code points (exclusive). */
  end: number;
  /** The sentence text. */
  text: string;
  /** True for a line without terminal punctuation. */
  subhead: boolean;
}

/** @param text The whole source text. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0; // code points
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const lineLength = [...rawLine].length;
    const trimmed = line.trim();
    if (trimmed) {
      const lead = [...line.slice(0, line.length - line.trimStart().length)].length;
      const subhead = !TERMINAL_LINE.test(trimmed);
      const pieces = subhead ? [trimmed] : splitLine(trimmed);
      let offset = lineStart + lead;
      let rest = trimmed;
      for (const piece of pieces) {
        const at = rest.indexOf(piece);
        offset += [...rest.slice(0, at)].length;
        const length = [...piece].length;
        sentences.push({
          index: sentences.length,
          start: offset,
          end: offset + length,
          text: piece,
          subhead,
        });
        offset += length;
        rest = rest.slice(at + piece.length);
      }
    }
    lineStart += lineLength + 1;
  }
  return sentences;
}

/** @param line A trimmed body line. */
function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const cut = match.index + match[0].length - match[1].length;
    const candidate = line.slice(from, cut);
    if (ABBREVIATION.test(candidate)) continue;
    pieces.push(candidate);
    from = cut + match[1].length;
  }
  if (from < line.length) pieces.push(line.slice(from));
  return pieces;
}
