#!/usr/bin/env node
/**
 * `npm run schema`: writes data/dataset.schema.json (JSON Schema 2020-12) from the one
 * dataset definition, `packages/core/src/dataset/schema.ts` (as built to
 * `packages/core/dist/dataset/schema.js`: run `npm run build` first).
 *
 * `--check`: fails when the committed file is not what the definition gives.
 *
 * @module
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as model from '@nutgraf/core/dataset';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = 'data/dataset.schema.json';

/** The JSON Schema text of the dataset definition, with a stable id and title. */
export function schemaText() {
  // Each named part of the model becomes a $defs entry, so editors' tools show its name.
  const definitions = Object.fromEntries(
    Object.entries(model)
      .filter(([name]) => name.endsWith('Schema') && name !== 'DatasetSchema')
      .map(([name, schema]) => [name.slice(0, -'Schema'.length), schema]),
  );
  const generated = toJsonSchema(model.DatasetSchema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    errorMode: 'throw',
    definitions,
    // JSON has no infinite numbers: `finite` needs no keyword.
    ignoreActions: ['finite'],
  });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: 'https://github.com/nutgraf/nutgraf/blob/main/data/dataset.schema.json',
    title: 'nutgraf dataset',
    description:
      'Generated from packages/core/src/dataset/schema.ts by `npm run schema`; do not edit. Entities, relations and series derived claim by claim from one source text, with their own vocabulary.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = schemaText();
  const path = join(ROOT, SCHEMA_PATH);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(
        `${SCHEMA_PATH} is stale: run \`npm run build && npm run schema\` and commit the result.`,
      );
      process.exitCode = 1;
    } else console.log(`${SCHEMA_PATH} is current`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
