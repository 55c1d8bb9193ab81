/**
 * Validates a dataset against data/dataset.schema.json (JSON Schema 2020-12) with ajv.
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

/** @typedef {{ path: string, message: string }} Problem */

const cache = new Map();

/**
 * The raw ajv errors of a dataset, for callers that word them themselves (`nutgraf check`).
 * @param {string} schemaPath Path of the JSON Schema file.
 * @returns {(data: unknown) => import('ajv').ErrorObject[]}
 */
export function schemaErrors(schemaPath) {
  let validate = cache.get(schemaPath);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    cache.set(schemaPath, validate);
  }
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}

/**
 * @param {string} schemaPath Path of the JSON Schema file.
 * @returns {(data: unknown) => Problem[]}
 */
export function schemaValidator(schemaPath) {
  const errors = schemaErrors(schemaPath);
  return (data) =>
    errors(data).map((/** @type {import('ajv').ErrorObject} */ e) => ({
      path: `$${e.instancePath.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')}`,
      message: `schema: ${e.message}${e.params && 'allowedValues' in e.params ? ` (${e.params.allowedValues.join(', ')})` : ''}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`,
    }));
}
