/**
 * The shape of a dataset as the one definition gives it (`DatasetSchema` of
 * `@nutgraf/core/dataset`): which fields an object has, in which order. The build copies
 * annotations through it, so the CLI holds no list of fields of its own.
 *
 * @module
 */

import { DatasetSchema } from '../model.js';

/** The parts of a Valibot schema object this module reads. */
export interface Schema {
  type: string;
  entries?: Record<string, Schema>;
  item?: Schema;
  wrapped?: Schema;
}

/** The schema under its `optional` / `nullable` wrappers. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  while (s.wrapped) s = s.wrapped;
  return s;
}

/**
 * The part of the definition at a path of field names; `'*'` steps into a list's items.
 * @example part('relations', '*') // the schema of one relation
 */
export function part(...keys: string[]): Schema {
  let s = unwrap(DatasetSchema);
  for (const key of keys) {
    const next = key === '*' ? s.item : s.entries?.[key];
    if (!next) throw new Error(`the dataset definition has no part ${keys.join('.')}`);
    s = unwrap(next);
  }
  return s;
}

/** Field names of an object schema, in the definition's order. */
export function fieldsOf(schema: Schema): string[] {
  return Object.keys(unwrap(schema).entries ?? {});
}
