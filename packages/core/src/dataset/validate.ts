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
 * - The returned dataset holds only known fields: input keys such as `__proto__` or
 *   `constructor` are never copied. It is a fresh copy, but for the entities and relations
 *   with nothing unknown in them, which are the input's own objects: a copy of each would be
 *   the same, and a big graph's (100,000 objects and more) would double what the page keeps.
 *   The input is never changed (an item to repair is copied first, `references.ts`).
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
import type { BaseIssue, GenericSchema } from 'valibot';
import { inSteps, runSteps } from '../in-steps.js';
import type { DatasetProblem } from './messages.js';
import { issueMessage, issuePath } from './messages.js';
import { MIGRATED, isVersion1, migrateDataset } from './migrate.js';
import { referenceSteps } from './references.js';
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
  schema = unwrap(schema);
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

/** The schema under its wrappers (optional, nullable) and pipes. */
function unwrap(schema: Node): Node {
  while (schema.wrapped || (schema.pipe && schema.pipe[0] !== schema))
    schema = schema.wrapped ?? schema.pipe![0]!;
  return schema;
}

/** Items checked between two yields of {@link validationSteps}. */
const BATCH = 64;

/** Lists with more items than this in all are checked in slices by {@link validateSoon}. */
export const STEPPED_FROM = 1000;

/**
 * Adds the schema library's issues to `problems`, under `path` (`$` or `$.entities[3]`),
 * leaving out those below a place the walk has already said holds a list instead of an object
 * (`since`: the walk's first problem for this value).
 */
function addIssues(
  issues: readonly BaseIssue<unknown>[],
  path: string,
  problems: DatasetProblem[],
  since: number,
): void {
  const said = problems.slice(since);
  for (const issue of issues) {
    const at = path + issuePath(issue.path).slice(1);
    if (!said.some((p) => at === p.path || at.startsWith(`${p.path}.`) || at.startsWith(`${p.path}[`)))
      problems.push({ path: at, message: issueMessage(issue) });
  }
}

/**
 * {@link validateDataset} in steps, for a big dataset checked in slices (`inSteps`): the
 * dataset's fields first with its lists empty, then each list item by item (yielding every
 * {@link BATCH} items), then the references (`referenceSteps`). The result is the same as
 * checking the whole at once.
 */
export function* validationSteps(value: unknown): Generator<void, ValidationResult, void> {
  const warnings: DatasetProblem[] = [];
  try {
    if (isVersion1(value)) {
      value = migrateDataset(value);
      warnings.push(MIGRATED);
    }
    const problems: DatasetProblem[] = [];
    const schema = DatasetSchema as unknown as Node;
    const record = typeof value === 'object' && value !== null && !Array.isArray(value);
    // The dataset's lists, checked item by item below; the rest is checked with them empty.
    const lists = record
      ? Object.entries(value as object).filter(
          ([key, list]) =>
            Array.isArray(list) &&
            Object.hasOwn(schema.entries!, key) &&
            !!unwrap(schema.entries![key]!).item,
        )
      : [];
    const head = lists.length
      ? { ...(value as object), ...Object.fromEntries(lists.map(([key]) => [key, []])) }
      : value;
    walk(schema, head, '$', problems, warnings);
    const parsed = safeParse(DatasetSchema, head);
    if (!parsed.success) addIssues(parsed.issues, '$', problems, 0);
    const output = parsed.output as Record<string, unknown[]>;
    for (const [key, list] of lists as [string, unknown[]][]) {
      const item = unwrap(schema.entries![key]!).item!;
      const out: unknown[] = [];
      const keep = key === 'entities' || key === 'relations';
      for (const [i, x] of list.entries()) {
        const path = `$.${key}[${i}]`;
        const since = problems.length;
        const said = warnings.length;
        walk(item, x, path, problems, warnings);
        const one = safeParse(item, x);
        // An entity or relation with nothing unknown in it is kept as given (see above).
        if (one.success) out.push(keep && warnings.length === said ? x : one.output);
        else addIssues(one.issues, path, problems, since);
        if (i % BATCH === BATCH - 1) yield;
      }
      output[key] = out;
    }
    if (problems.length || !parsed.success) return { ok: false, problems: [...problems, ...warnings] };
    const dataset = output as unknown as Dataset;
    const found = yield* referenceSteps(dataset);
    warnings.push(...found.warnings);
    return found.problems.length
      ? { ok: false, problems: [...found.problems, ...warnings] }
      : { ok: true, dataset, warnings };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `could not be read: ${String(error)}` }] };
  }
}

/**
 * Checks that `value` is a dataset, returning every problem found. Never throws.
 *
 * @param value Parsed JSON (or any value).
 * @returns `ok: true` with the checked dataset (only known fields) and any warnings, or `ok: false`
 *   with every problem.
 */
export const validateDataset = (value: unknown): ValidationResult => runSteps(validationSteps(value));

/**
 * {@link validateDataset}, at once for a dataset of up to {@link STEPPED_FROM} list items in
 * all, else in slices of the main thread (`inSteps`), so that checking a big dataset never
 * makes one long task: the result then comes as a promise. With `signal`, an aborted check
 * stops, and its promise never settles.
 */
export function validateSoon(
  value: unknown,
  signal?: AbortSignal,
): ValidationResult | Promise<ValidationResult> {
  let items = 0;
  if (typeof value === 'object' && value !== null)
    for (const list of Object.values(value)) if (Array.isArray(list)) items += list.length;
  if (items <= STEPPED_FROM) return validateDataset(value);
  return new Promise((resolve) => {
    const stop = inSteps(validationSteps(value), resolve);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
