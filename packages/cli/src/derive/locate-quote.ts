/**
 * Locates a verbatim quote in the source: its sentence and its offsets in code points.
 *
 * An evidence annotation is a string (the quote) or `{ quote, occurrence?, subhead? }`:
 * - Only body sentences are searched by default. A quote found only in a subhead fails,
 *   because subheads are not evidence where the body says the same more carefully (a
 *   subhead can drop the hedge of its paragraph). Set `subhead: true` to cite a subhead
 *   on purpose; then only subheads are searched.
 * - A quote found more than once (among the searched sentences) fails as ambiguous unless
 *   `occurrence` (1-based, counted among the searched sentences in text order) picks one.
 *   Usually a longer quote is the better fix.
 * - A quote not found verbatim fails with the closest passage of the source.
 *
 * @module
 */

import { isRecord } from '../json.js';
import { closestPassage, firstDifference } from './closest-passage.js';
import type { Sentence } from './sentences.js';

/** An evidence annotation: the quote, and which occurrence or a subhead on purpose. */
export interface EvidenceSpec {
  quote: string;
  occurrence?: number;
  subhead?: boolean;
}
/** Where a quote stands: its sentence and its offsets in code points. */
export interface Location {
  quote: string;
  sentence: number;
  start: number;
  end: number;
  subhead: boolean;
}
/** The text to search, as text and as code points, and its sentences. */
export interface Source {
  text: string;
  codePoints: string[];
  sentences: Sentence[];
}
export type LocateResult = { ok: true; location: Location } | { ok: false; message: string };

/** An evidence annotation as written (a string, or an object), before its fields are checked. */
interface WrittenSpec {
  quote?: unknown;
  occurrence?: unknown;
  subhead?: unknown;
}

/** A string becomes `{ quote }`; an object's fields are read as written. */
export function normaliseSpec(spec: unknown): WrittenSpec {
  if (typeof spec === 'string') return { quote: spec };
  return isRecord(spec) ? spec : {};
}

/** @param rawSpec a quote, or `{ quote, occurrence?, subhead? }`, as an annotation writes it */
export function locateQuote(source: Source, rawSpec: unknown): LocateResult {
  const spec = normaliseSpec(rawSpec);
  const { quote } = spec;
  if (typeof quote !== 'string' || quote.length === 0) return fail('the quote is empty or not text');
  if (quote.trim() !== quote)
    return fail(`the quote ${JSON.stringify(quote)} starts or ends with white space`);

  const all: Location[] = [];
  const toCodePoint = codePointIndex(source);
  for (let at = source.text.indexOf(quote); at !== -1; at = source.text.indexOf(quote, at + 1)) {
    const start = toCodePoint[at];
    const end = start + [...quote].length;
    const sentence = sentenceHolding(source.sentences, start, end);
    if (!sentence) {
      return fail(
        `the quote ${JSON.stringify(quote)} crosses a sentence boundary at code points ${start}–${end}; quote within one sentence`,
      );
    }
    all.push({ quote, sentence: sentence.index, start, end, subhead: sentence.subhead });
  }

  if (all.length === 0) {
    const near = closestPassage(source.codePoints, quote);
    const sentence = source.sentences.find((s) => s.start <= near.start && near.start < s.end);
    return fail(
      `the quote is not in the source verbatim: ${JSON.stringify(quote)}\n` +
        `    closest passage (sentence ${sentence?.index ?? '?'}, code points ${near.start}–${near.end}, ` +
        `${near.distance} edit(s) away): ${JSON.stringify(near.passage)}\n` +
        `    ${firstDifference(quote, near.passage)}`,
    );
  }

  const wantSubhead = spec.subhead === true;
  const candidates = all.filter((l) => l.subhead === wantSubhead);
  if (candidates.length === 0) {
    return wantSubhead
      ? fail(
          `the quote ${JSON.stringify(quote)} is marked subhead: true but stands only in body text (sentence ${all.map((l) => l.sentence).join(', ')})`,
        )
      : fail(
          `the quote ${JSON.stringify(quote)} stands only in a subhead (sentence ${all.map((l) => l.sentence).join(', ')}); ` +
            'subheads are not evidence where the body says the same more carefully: quote the body, or set "subhead": true on purpose',
        );
  }
  const { occurrence } = spec;
  if (occurrence !== undefined) {
    const picked =
      typeof occurrence === 'number' && Number.isInteger(occurrence) ? candidates[occurrence - 1] : undefined;
    if (!picked)
      return fail(
        `occurrence ${String(occurrence)} of ${JSON.stringify(quote)} does not exist; it occurs ${candidates.length} time(s)`,
      );
    return { ok: true, location: picked };
  }
  if (candidates.length > 1) {
    return fail(
      `the quote ${JSON.stringify(quote)} is ambiguous: it occurs ${candidates.length} times ` +
        `(sentences ${candidates.map((l) => l.sentence).join(', ')}); quote more of the sentence or add "occurrence"`,
    );
  }
  return { ok: true, location: candidates[0] };
}

const indexes = new WeakMap<Source, Uint32Array>();

/**
 * UTF-16 index → code point offset, computed once per source, so locating many quotes in a
 * long text stays linear.
 */
function codePointIndex(source: Source): Uint32Array {
  let table = indexes.get(source);
  if (!table) {
    const { text } = source;
    table = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      table[i] = cp;
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) table[++i] = cp;
      cp++;
    }
    table[text.length] = cp;
    indexes.set(source, table);
  }
  return table;
}

/** The sentence that holds [start, end), by binary search (sentences are in text order). */
function sentenceHolding(sentences: readonly Sentence[], start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start < sentences[mid].start) hi = mid - 1;
    else if (start >= sentences[mid].end) lo = mid + 1;
    else return end <= sentences[mid].end ? sentences[mid] : undefined;
  }
  return undefined;
}

function fail(message: string): LocateResult {
  return { ok: false, message };
}
