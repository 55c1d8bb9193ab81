/**
 * The dataset model, from its one definition in `@nutgraf/core/dataset` (the schema, the
 * validator and version migration). The CLI keeps no copy of it: shape and reference checks,
 * key order and field names all come from there.
 *
 * @module
 */

import { CliError, EXIT, messageOf } from './errors.js';

let model: typeof import('@nutgraf/core/dataset');
try {
  model = await import('@nutgraf/core/dataset');
} catch (error) {
  throw new CliError(
    `nutgraf: the dataset model (@nutgraf/core/dataset) cannot be loaded: ${messageOf(error)}. ` +
      'In the nutgraf repository, build it first with npm run build.',
    EXIT.UNREADABLE,
  );
}

export const { DatasetSchema, validateDataset, migrateDataset, isVersion1, formatProblems } = model;
