/**
 * Runtime validation of a dataset, from the one definition in `schema.ts`. CSP-safe (the
 * schema library compiles nothing), and it never throws.
 *
 * - Every problem is reported with a JSON path (`$.relations[3].target`) and plain words.
 * - Structural problems (missing fields, wrong types, values outside a list, non-http(s)
 *   URLs, non-finite numbers, overlong strings) and broken references (see `references.ts`)
 *   make the result `ok: false`.
 * - What can be left out is left out with a warning, so a component draws the rest with a
 *   visible note naming the id. Unknown fields are dropped with a warning.
 * - A version-1 dataset is migrated first (`migrate.ts`), with a warning that says so and
 *   how to update the file. The migration travels with the validator, which a page loads
 *   only for data of its own, so a page drawing the bundled dataset pays for neither.
 * - The returned dataset is a fresh copy holding only known fields: input keys such as
 *   `__proto__` or `constructor` are never copied.
 *
 * @example
 * ```ts
 * const result = validateDataset(JSON.parse(text));
 * if (!result.ok) console.error(formatProblems(result.problems));
 * ```
 *
 * @module
 */

import { safeParse } from 'valibot';
import type { GenericSchema } from 'valibot';
import type { DatasetProblem } from './messages.js';
import { issueMessage, issuePath } from './messages.js';
import { MIGRATED, isVersion1, migrateDataset } from './migrate.js';
import { checkReferences } from './references.js';
import { DatasetSchema } from './schema.js';
import type { Dataset } from './types.js';

export type { DatasetProblem } from './messages.js';
export { formatProblems } from './messages.js';

/** The outcome of {@link validateDataset}. */
export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: DatasetProblem[] } | { ok: false; problems: DatasetProblem[] };

type Node = GenericSchema & {
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  wrapped?: Node;
  pipe?: Node[];
};

/**
 * Walks the schema beside the input for what the schema library lets pass: a list where an
 * object belongs is a problem; a field the schema does not know is a warning.
 */
function walk(
  schema: Node,
  value: unknown,
  path: string,
  problems: DatasetProblem[],
  warnings: DatasetProblem[],
): void {
  // Most values are not objects: nothing to walk into (checked first, as a dataset has many).
  if (typeof value !== 'object' || value === null) return;
  while (schema.wrapped || (schema.pipe && schema.pipe[0] !== schema))
    schema = schema.wrapped ?? schema.pipe![0]!;
  if (schema.entries) {
    if (Array.isArray(value)) {
      problems.push({ path, message: 'must be an object, not a list' });
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (Object.hasOwn(schema.entries, key))
        walk(schema.entries[key]!, item, `${path}.${key}`, problems, warnings);
      else warnings.push({ path: `${path}.${key}`, message: 'is not a known field; ignored' });
    }
  }
  if (schema.item && Array.isArray(value))
    value.forEach((x, i) => walk(schema.item!, x, `${path}[${i}]`, problems, warnings));
}

/**
 * Checks that `value` is a dataset, returning every problem found. Never throws.
 *
 * @param value Parsed JSON (or any value).
 * @returns `ok: true` with a clean copy of the dataset and any warnings, or `ok: false`
 *   with every problem.
 */
export function validateDataset(value: unknown): ValidationResult {
  const warnings: DatasetProblem[] = [];
  try {
    if (isVersion1(value)) {
      value = migrateDataset(value);
      warnings.push(MIGRATED);
    }
    const problems: DatasetProblem[] = [];
    walk(DatasetSchema as unknown as Node, value, '$', problems, warnings);
    const parsed = safeParse(DatasetSchema, value);
    if (!parsed.success)
      for (const issue of parsed.issues) {
        const path = issuePath(issue.path);
        // The walk has already said that a list stands where an object belongs.
        if (
          !problems.some(
            (p) => path === p.path || path.startsWith(`${p.path}.`) || path.startsWith(`${p.path}[`),
          )
        )
          problems.push({ path, message: issueMessage(issue) });
      }
    if (problems.length || !parsed.success) return { ok: false, problems: [...problems, ...warnings] };
    const dataset = parsed.output;
    const found = checkReferences(dataset);
    warnings.push(...found.warnings);
    return found.problems.length
      ? { ok: false, problems: [...found.problems, ...warnings] }
      : { ok: true, dataset, warnings };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `could not be read: ${String(error)}` }] };
  }
}
