/**
 * `@nutgraf/core/dataset`: the dataset model for tools that run outside a page (the CLI,
 * build scripts): the schema definition, the validator and version migration, without the
 * elements. Pages get the same validator through the element, loaded on demand.
 *
 * @module
 */
export * from './schema.js';
export * from './types.js';
export * from './validate.js';
export * from './migrate.js';
export * from './messages.js';
