/**
 * Problems found in a dataset or its annotations, the error a data build throws with all of
 * them, and the words that say where a problem is.
 *
 * A problem's `where` is a JSON path into the dataset (`$.relations[3].type`, as the core
 * validator reports it) or, in a build, the annotation file and item it comes from.
 *
 * @module
 */

/** @typedef {{ where: string, message: string }} Problem */

export class DataError extends Error {
  /** @param {Problem[]} problems */
  constructor(problems) {
    super(
      `${problems.length} problem(s) in the dataset:\n` +
        problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n'),
    );
    this.name = 'DataError';
    /** @type {Problem[]} */
    this.problems = problems;
  }
}

/**
 * The steps of a JSON path: `$.relations[3].type` → ['relations', 3, 'type'].
 * @param {string} path
 * @returns {Array<string | number>}
 */
export function pathSteps(path) {
  return [...path.slice(1).matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? m[1] : Number(m[2]),
  );
}

/**
 * @param {Array<string | number>} steps
 * @returns {string}
 */
const joinSteps = (steps) => steps.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

/**
 * A JSON path with the id of the item it falls in, for a reader:
 * `$.relations[3].type` → `$.relations[3].type (russia-iran-alliance)`.
 * @param {unknown} dataset
 * @param {string} path
 * @returns {string}
 */
export function pathWithId(dataset, path) {
  /** @type {any} */
  let node = dataset;
  /** @type {string | undefined} */
  let id;
  for (const step of pathSteps(path)) {
    node = node?.[step];
    if (node && typeof node === 'object' && typeof node.id === 'string') id = node.id;
  }
  return id === undefined ? path : `${path} (${id})`;
}

/**
 * Where a problem at a JSON path of a built dataset comes from: the annotation file and
 * item that made the deepest object on the path (`origins`), then the rest of the path.
 * A path through no annotated item stays a JSON path.
 * @param {unknown} dataset
 * @param {string} path
 * @param {Map<object, string>} origins built object → "data/annotations/x.json relations[2] (id)"
 * @returns {string}
 */
export function pathToOrigin(dataset, path, origins) {
  const steps = pathSteps(path);
  /** @type {any} */
  let node = dataset;
  let found = -1;
  /** @type {string | undefined} */
  let origin;
  steps.forEach((step, i) => {
    node = node?.[step];
    if (node && typeof node === 'object' && origins.has(node)) {
      origin = origins.get(node);
      found = i;
    }
  });
  return origin === undefined ? pathWithId(dataset, path) : `${origin}${joinSteps(steps.slice(found + 1))}`;
}
