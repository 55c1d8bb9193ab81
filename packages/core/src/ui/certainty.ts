import { css } from 'lit';
import type { Basis, Certainty } from '../dataset/types.js';
import { msg } from '../messages/format.js';

/** Certainty in words, for tooltips and accessible names ("reported"), in `lang`. */
export const certaintyWords = (certainty: Certainty, lang?: string): string =>
  msg(`certainty.${certainty}`, {}, lang);

/** Where a claim comes from, in words ("article", "outside knowledge †"), in `lang`. */
export const basisWords = (basis: Basis, lang?: string): string => msg(`basis.${basis}`, {}, lang);

/**
 * One visual language for certainty across all components, for stroked marks:
 * asserted = solid, reported = dashed, predicted / hypothetical / opinion = dotted, lighter by
 * their sparse dots (less ink) rather than by opacity, which took them below 3:1 against the
 * background.
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
  }
`;
