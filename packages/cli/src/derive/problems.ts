/**
 * Problems found in a dataset or its annotations, the error a data build throws with all of
 * them, and the words that say where a problem is.
 *
 * A problem's `where` is a JSON path into the dataset (`$.relations[3].type`, as the core
 * validator reports it) or, in a build, the annotation file and item it comes from.
 *
 * @module
 */

/** One thing wrong: where, and what, in plain words. */
export interface Problem {
  where: string;
  message: string;
}

export class DataError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem(s) in the dataset:\n` +
        problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n'),
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** The steps of a JSON path: `$.relations[3].type` → ['relations', 3, 'type']. */
export function pathSteps(path: string): Array<string | number> {
  return [...path.slice(1).matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? m[1] : Number(m[2]),
  );
}

const joinSteps = (steps: Array<string | number>): string =>
  steps.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

/** The value at one step of a path, if `node` is an object or list that has it. */
function child(node: unknown, step: string | number): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  return (node as Record<string | number, unknown>)[step];
}

/** The `id` of an object that has one. */
function idOf(node: unknown): string | undefined {
  const id = child(node, 'id');
  return typeof id === 'string' ? id : undefined;
}

/**
 * A JSON path with the id of the item it falls in, for a reader:
 * `$.relations[3].type` → `$.relations[3].type (russia-iran-alliance)`.
 */
export function pathWithId(dataset: unknown, path: string): string {
  let node = dataset;
  let id: string | undefined;
  for (const step of pathSteps(path)) {
    node = child(node, step);
    id = idOf(node) ?? id;
  }
  return id === undefined ? path : `${path} (${id})`;
}

/**
 * Where a problem at a JSON path of a built dataset comes from: the annotation file and
 * item that made the deepest object on the path (`origins`), then the rest of the path.
 * A path through no annotated item stays a JSON path.
 * @param origins built object → "data/annotations/x.json relations[2] (id)"
 */
export function pathToOrigin(dataset: unknown, path: string, origins: ReadonlyMap<object, string>): string {
  const steps = pathSteps(path);
  let node = dataset;
  let found = -1;
  let origin: string | undefined;
  steps.forEach((step, i) => {
    node = child(node, step);
    if (typeof node === 'object' && node !== null && origins.has(node)) {
      origin = origins.get(node);
      found = i;
    }
  });
  return origin === undefined ? pathWithId(dataset, path) : `${origin}${joinSteps(steps.slice(found + 1))}`;
}
