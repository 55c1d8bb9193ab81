/**
 * Shared helpers for the data build tests: the real inputs, deep-cloned so a test can
 * break them without touching the repository, and a build that returns its error.
 *
 * @module
 */

import { join } from 'node:path';
import { ROOT } from './build-dataset.mjs';
import { loadInputs } from '../../packages/cli/dist/derive/load-inputs.js';
import { assembleDataset } from '../../packages/cli/dist/derive/assemble-dataset.js';

const pristine = loadInputs(join(ROOT, 'data'), { prefix: 'data/' });

/** @returns {import('../../packages/cli/dist/derive/load-inputs.js').Inputs} a fresh deep copy of the real inputs */
export function inputs() {
  return structuredClone(pristine);
}

/**
 * @param {import('../../packages/cli/dist/derive/load-inputs.js').Inputs} input
 * @returns {{ dataset: Record<string, any>, json: string }}
 */
export function assemble(input) {
  return assembleDataset(input);
}

/**
 * Builds and returns the error message; fails the test if the build succeeds.
 * @param {import('../../packages/cli/dist/derive/load-inputs.js').Inputs} input
 * @returns {string}
 */
export function buildError(input) {
  try {
    assemble(input);
  } catch (error) {
    return /** @type {Error} */ (error).message;
  }
  throw new Error('expected the build to fail, but it succeeded');
}

/**
 * @param {import('../../packages/cli/dist/derive/load-inputs.js').Inputs} input
 * @param {string} path e.g. "data/annotations/relations.json"
 * @returns {Record<string, any>}
 */
export function file(input, path) {
  const found = input.files.find((f) => f.path === path);
  if (!found) throw new Error(`no input file ${path}`);
  return found.data;
}

/**
 * The one series of the Russia–Iran annotations, to change in a test.
 * @param {import('../../packages/cli/dist/derive/load-inputs.js').Inputs} input
 * @returns {Record<string, any>}
 */
export function series(input) {
  return file(input, 'data/annotations/series.json').series[0];
}

/** The China share's quote, a real quote of the article. */
export const CHINA_QUOTE =
  'China is by far the largest buyer of Iranian oil, with around 80% of total Iranian exports';
