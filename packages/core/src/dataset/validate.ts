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
 * - A version-1 dataset is migrated first, with a warning that says so.
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
import { isVersion1, migrateDataset } from './migrate.js';
import { checkReferences } from './references.js';
import { DatasetSchema } from './schema.js';
import type { Dataset } from './types.js';

export type { DatasetProblem } from './messages.js';
export { formatProblems } from './messages.js';

/** The outcome of {@link validateDataset}. */
export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: DatasetProblem[] } | { ok: false; problems: DatasetProblem[] };

type Node = GenericSchema & { entries?: Record<string, Node>; item?: Node; items?: Node[]; wrapped?: Node; pipe?: Node[] };

/** Warns of fields the schema does not know, walking the schema beside the input. */
function unknownFields(schema: Node, value: unknown, path: string, out: DatasetProblem[]): void {
  while (schema.wrapped || (schema.pipe && schema.pipe[0] !== schema)) schema = schema.wrapped ?? schema.pipe![0]!;
  if (typeof value !== 'object' || value === null) return;
  if (schema.entries && !Array.isArray(value))
    for (const [key, item] of Object.entries(value)) {
      const entry = schema.entries[key];
      if (!Object.hasOwn(schema.entries, key) || !entry) out.push({ path: `${path}.${key}`, message: 'is not a known field; ignored' });
      else unknownFields(entry, item, `${path}.${key}`, out);
    }
  if (schema.item && Array.isArray(value)) value.forEach((x, i) => unknownFields(schema.item!, x, `${path}[${i}]`, out));
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
      warnings.push({
        path: '$.schemaVersion',
        message: 'is 1; the dataset was migrated to version 2 (run `nutgraf migrate` to update the file)',
      });
    }
    const parsed = safeParse(DatasetSchema, value);
    if (!parsed.success) {
      const problems = parsed.issues.map((issue) => ({ path: issuePath(issue.path), message: issueMessage(issue) }));
      return { ok: false, problems };
    }
    unknownFields(DatasetSchema as unknown as Node, value, '$', warnings);
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
