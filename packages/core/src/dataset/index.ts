/**
 * `@nutgraf/core/dataset`: the dataset model for tools that run outside a page (the CLI,
 * build scripts) and for code that reads a dataset file itself: the schema definition, the
 * validator and version migration, and `parseDataset` and `isDataset` for a typed `Dataset`
 * from JSON, without the elements. Pages get the same validator through the element, loaded
 * on demand; a page that imports this entry loads it up front instead.
 *
 * @module
 */
export * from './schema.js';
export * from './types.js';
export * from './validate.js';
export * from './migrate.js';
export * from './messages.js';
export * from './parse.js';
