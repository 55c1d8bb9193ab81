/**
 * Hedge words: what turns a statement into a report, an estimate, a prediction or a
 * hypothesis. A newsroom keeps them ("according to some reports", "presumably", "could",
 * "almost certainly", "possible"), so the draft flags every sentence that has one and
 * proposes the certainty a relation in that sentence should carry.
 *
 * The certainty proposed is the weakest one any hedge in the sentence implies, in the
 * dataset's order: asserted > reported > opinion > predicted > hypothetical; except that an
 * attributed claim stays "reported" when it is also qualified ("According to some reports,
 * … presumably …"): "opinion" is for the author's own estimate.
 *
 * @module
 */

import type { Certainty } from '@nutgraf/core/dataset';

export type { Certainty };

/** A hedge in a sentence: its words as written, where they stand, and the certainty they imply. */
export interface Hedge {
  phrase: string;
  start: number;
  end: number;
  certainty: Certainty;
}

const LEXICON: Array<[Certainty, string[]]> = [
  [
    'reported',
    [
      'according to',
      'reportedly',
      'reports',
      'reported',
      'allegedly',
      'alleged',
      'is said to',
      'are said to',
      'was said to',
      'claimed',
      'claims',
      'sources say',
      'sources said',
      'said',
      'says',
      'saying',
      'told',
    ],
  ],
  [
    'opinion',
    [
      'presumably',
      'apparently',
      'probably',
      'almost certainly',
      'seemingly',
      'seems',
      'appears to',
      'in all likelihood',
      'believed to',
    ],
  ],
  ['predicted', ['could', 'may', 'might', 'will', 'would', 'likely', 'potentially', 'expected to']],
  [
    'hypothetical',
    ['possible', 'possibly', 'possibility', 'if', 'unless', 'in case', 'scenario', 'scenarios'],
  ],
];

const ORDER: readonly Certainty[] = ['asserted', 'reported', 'opinion', 'predicted', 'hypothetical'];

/** Every phrase, longest first, as one case-insensitive, word-bounded pattern. */
const PHRASES = LEXICON.flatMap(([certainty, phrases]) =>
  phrases.map((phrase) => ({ phrase, certainty })),
).sort((a, b) => b.phrase.length - a.phrase.length);
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${PHRASES.map((p) => p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** A sentence opening with "Should …" is a condition ("Should this channel be disrupted"). */
const CONDITIONAL_SHOULD = /^(?:["'“‘(]?)(Should)\s/u;

/** Finds the hedges in a sentence. Offsets are code points within the sentence. */
export function findHedges(sentence: string): Hedge[] {
  const hedges: Hedge[] = [];
  const cp = (i: number) => [...sentence.slice(0, i)].length;
  const conditional = CONDITIONAL_SHOULD.exec(sentence);
  if (conditional) {
    const at = conditional[0].indexOf('Should');
    hedges.push({ phrase: 'Should', start: cp(at), end: cp(at) + 6, certainty: 'hypothetical' });
  }
  for (const match of sentence.matchAll(PATTERN)) {
    const written = match[1];
    // "May" in the middle of a sentence is the month, not a hedge.
    if (written === 'May' && match.index > 0) continue;
    const key = written.toLowerCase().replace(/\s+/g, ' ');
    const entry = PHRASES.find((p) => p.phrase === key);
    const start = cp(match.index);
    hedges.push({
      phrase: written,
      start,
      end: start + [...written].length,
      certainty: entry?.certainty ?? 'reported',
    });
  }
  return hedges.sort((a, b) => a.start - b.start);
}

/** The certainty a claim resting on this sentence should at most carry. */
export function certaintyOf(hedges: readonly Hedge[]): Certainty {
  let worst = 0;
  const attributed = hedges.some((h) => h.certainty === 'reported');
  for (const h of hedges) {
    const certainty = attributed && h.certainty === 'opinion' ? 'reported' : h.certainty;
    worst = Math.max(worst, ORDER.indexOf(certainty));
  }
  return ORDER[worst];
}

/** The hedge phrases the draft knows, by the certainty they imply (for docs and --help). */
export const HEDGE_LEXICON = LEXICON;
