import { css } from 'lit';
import type { Basis, Certainty } from '../dataset/types.js';

const WORDS: Record<Certainty, string> = {
  asserted: 'asserted',
  reported: 'reported',
  opinion: 'opinion',
  predicted: 'predicted',
  hypothetical: 'possible, not happened',
};

/** Certainty in words, for tooltips and accessible names ("reported"). */
export function certaintyWords(certainty: Certainty): string {
  return WORDS[certainty] ?? certainty;
}

/** Where a claim comes from, in words ("article", "outside knowledge †"). */
export function basisWords(basis: Basis): string {
  return basis === 'article' ? 'article' : basis === 'outside' ? 'outside knowledge †' : 'computed';
}

/**
 * One visual language for certainty across all components, for stroked marks:
 * asserted = solid, reported = dashed, predicted / hypothetical / opinion = dotted and lighter.
 */
export const certaintyStyles = css`
  .certainty-reported {
    stroke-dasharray: 6 4;
  }
  .certainty-predicted,
  .certainty-hypothetical,
  .certainty-opinion {
    stroke-dasharray: 1 4;
    stroke-linecap: round;
    opacity: 0.6;
  }
  /* A group with a certainty class around a mark with its own (an edge around its line) does
     not fade it a second time (0.6 x 0.6 nearly vanished on dark). */
  :is(.certainty-predicted, .certainty-hypothetical, .certainty-opinion):has(
    > :is(.certainty-predicted, .certainty-hypothetical, .certainty-opinion)
  ) {
    opacity: 1;
  }
`;
