/**
 * A typed `Dataset` from parsed JSON, without a cast.
 *
 * TypeScript types a JSON module or `response.json()` by what the file happens to hold
 * (`schemaVersion: number`, `kind: string`, `point: number[]`), wider than the dataset's
 * own types (`schemaVersion: 2`, `kind: 'country' | …`). These functions check the value
 * with the dataset validator and say what it is.
 *
 * @example
 * ```ts
 * import json from './my-story.json';
 * import { parseDataset } from '@nutgraf/core/dataset';
 *
 * document.querySelector('share-donut')!.data = parseDataset(json);
 * ```
 *
 * @module
 */

import type { DatasetProblem } from './messages.js';
import { formatProblems } from './messages.js';
import type { Dataset } from './types.js';
import { validateDataset } from './validate.js';

/** Thrown by {@link parseDataset}: every problem, each at its JSON path. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    /** Every problem found, each with its JSON path (`$.relations[3].target`). */
    readonly problems: DatasetProblem[],
  ) {
    super(`Not a valid nutgraf dataset: ${formatProblems(problems)}`);
  }
}

/**
 * Checks parsed JSON and returns it as a `Dataset`, or throws a {@link DatasetError} whose
 * message names each wrong field (`$.entities[2].kind: must be one of "country", …`).
 *
 * What `validateDataset` accepts is accepted here, and the result is the same: only known
 * fields, with defaults filled and a version-1 dataset migrated (the input is never changed). Its
 * warnings (unknown fields dropped, items left out) are not errors; call `validateDataset`
 * to read them.
 *
 * @param json Parsed JSON (or any value).
 * @returns The validated dataset.
 * @throws {DatasetError} When `json` is not a dataset.
 */
export function parseDataset(json: unknown): Dataset {
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.dataset;
}

/**
 * True when `value` is itself a valid version-2 dataset: the validator accepts it as it is,
 * with no migration and no default to fill in (`relationTypes` and `groupings` present).
 * Never throws. To turn any accepted JSON into a `Dataset`, use {@link parseDataset}.
 *
 * @param value Parsed JSON (or any value).
 */
export function isDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const { schemaVersion, relationTypes, groupings } = value as Record<string, unknown>;
  return (
    schemaVersion === 2 &&
    Array.isArray(relationTypes) &&
    Array.isArray(groupings) &&
    validateDataset(value).ok
  );
}
