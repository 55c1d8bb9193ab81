#!/usr/bin/env node
/**
 * `npm run data`: builds data/dataset.json (version 2) from the source text and the curated
 * annotations, checks it, and writes it twice: data/dataset.json and
 * packages/core/src/default-dataset.json (the core package ships its own copy).
 *
 * `--check`: builds in memory and fails if either written file is not current.
 * Exits non-zero with every problem listed when anything is wrong.
 *
 * The derivation itself lives in the CLI package (@nutgraf/cli, packages/cli/src/derive/), so
 * `npx nutgraf build` and this script run one implementation: this script imports the built
 * CLI (packages/cli/dist/derive/), and the model it checks against is the built core
 * (`@nutgraf/core/dataset`): run `npm run build` first.
 *
 * @module
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInputs } from '../../packages/cli/dist/derive/load-inputs.js';
import { assembleDataset } from '../../packages/cli/dist/derive/assemble-dataset.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUTPUTS = ['data/dataset.json', 'packages/core/src/default-dataset.json'];

/**
 * Builds the dataset of a checkout in memory.
 * @param {string} [root]
 * @returns {{ dataset: Record<string, any>, json: string }}
 */
export function buildDataset(root = ROOT) {
  return assembleDataset(loadInputs(join(root, 'data'), { prefix: 'data/' }));
}

/**
 * Lists the outputs whose content differs from `json`.
 * @param {string} json
 * @param {string} [root]
 * @returns {string[]}
 */
export function staleOutputs(json, root = ROOT) {
  return OUTPUTS.filter((path) => {
    try {
      return readFileSync(join(root, path), 'utf8') !== json;
    } catch {
      return true;
    }
  });
}

/** @param {string[]} argv */
function main(argv) {
  const check = argv.includes('--check');
  let built;
  try {
    built = buildDataset();
  } catch (error) {
    console.error(`npm run data: the dataset was not built.\n${/** @type {Error} */ (error).message}`);
    return 1;
  }
  const { dataset, json } = built;
  if (check) {
    const stale = staleOutputs(json);
    if (stale.length) {
      console.error(
        `npm run data --check: ${stale.join(' and ')} not current; run \`npm run data\` and commit the result.`,
      );
      return 1;
    }
    console.log(`dataset current: ${OUTPUTS.join(', ')}`);
    return 0;
  }
  for (const path of OUTPUTS) writeFileSync(join(ROOT, path), json);
  const count = (/** @type {Record<string, any>[]} */ list, /** @type {string} */ key) => {
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const item of list) counts.set(item[key], (counts.get(item[key]) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  console.log(
    `wrote ${OUTPUTS.join(' and ')}: ${dataset.entities.length} entities, ${dataset.relations.length} relations ` +
      `(${count(dataset.relations, 'certainty')}), ${dataset.relationTypes.length} relation types, ` +
      `${dataset.groupings.length} groupings, ${dataset.series.length} series, ` +
      `${dataset.evidence.length} evidence items, ${dataset.citations.length} citations`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
