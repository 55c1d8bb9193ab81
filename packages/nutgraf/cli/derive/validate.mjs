/**
 * A dataset's shape and references, checked by the one validator of the model
 * (`validateDataset` of `@nutgraf/core/dataset`). A page draws a dataset with warnings (a
 * dangling reference left out, an unknown field ignored); a dataset nutgraf builds or passes
 * has neither, so here warnings are problems too.
 *
 * @module
 */

import { validateDataset } from '../model.mjs';

/**
 * @param {unknown} dataset parsed JSON
 * @returns {import('./problems.mjs').Problem[]} each at its JSON path, in plain words
 */
export function modelProblems(dataset) {
  const result = validateDataset(dataset);
  return (result.ok ? result.warnings : result.problems).map((p) => ({ where: p.path, message: p.message }));
}
