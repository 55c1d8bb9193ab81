/**
 * A dataset's shape and references, checked by the one validator of the model
 * (`validateDataset` of `@nutgraf/core/dataset`). A page draws a dataset with warnings (a
 * dangling reference left out, an unknown field ignored); a dataset nutgraf builds or passes
 * has neither, so here warnings are problems too.
 *
 * @module
 */

import type { Dataset } from '@nutgraf/core/dataset';
import { validateDataset } from '../model.js';
import type { Problem } from './problems.js';

/** A dataset the model accepts with no warning (its clean copy, typed), or every problem. */
export type ModelCheck = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * @param dataset parsed JSON
 * @returns the dataset, or its problems, each at its JSON path, in plain words
 */
export function checkModel(dataset: unknown): ModelCheck {
  const result = validateDataset(dataset);
  const problems = (result.ok ? result.warnings : result.problems).map((p) => ({
    where: p.path,
    message: p.message,
  }));
  return result.ok && problems.length === 0 ? { ok: true, dataset: result.dataset } : { ok: false, problems };
}
