/**
 * Runtime validation of a dataset in the browser, with no dependencies. It mirrors
 * `data/dataset.schema.json` and adds the reference checks a schema cannot express.
 *
 * - Never throws, and reports every problem with a JSON path (`$.relations[3].target`).
 * - Structural problems (missing fields, wrong types, bad enum values, non-http(s) URLs,
 *   non-finite numbers, overlong strings, duplicate ids, unknown evidence or citation ids)
 *   make the result `ok: false`.
 * - A relation whose source or target is not an entity is left out, and a series value,
 *   series or affiliation naming an unknown entity loses that link; each is reported as a
 *   warning so a component can render the rest with a visible note naming the id. Unknown
 *   fields are ignored with a warning.
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

import type { Dataset } from './types.js';
import { BASES, CERTAINTIES, ENTITY_KINDS, RELATION_STATUSES, RELATION_TYPES } from './types.js';

/** One thing wrong with a dataset: where (a JSON path) and what, in plain words. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** The outcome of {@link validateDataset}. */
export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: DatasetProblem[] } | { ok: false; problems: DatasetProblem[] };

type Obj = Record<string, unknown>;
interface Ctx {
  e: DatasetProblem[];
  w: DatasetProblem[];
}
/** Checks a value at a path; returns a clean copy, or BAD after recording a problem. */
type Check = (v: unknown, p: string, c: Ctx) => unknown;

const BAD = Symbol('bad');
/** Longest name, label or id; quotes may be longer. */
const TEXT = 10_000;
const QUOTE = 100_000;

const kind = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'string'
        ? 'text'
        : typeof v === 'object'
          ? 'an object'
          : typeof v;
const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : typeof v === 'number'
      ? String(v)
      : kind(v);
const bad = (c: Ctx, path: string, message: string): typeof BAD => (c.e.push({ path, message }), BAD);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const str =
  (max = TEXT, re?: RegExp, what?: string): Check =>
  (v, p, c) =>
    typeof v !== 'string'
      ? bad(c, p, `must be text, not ${kind(v)}`)
      : v.length > max
        ? bad(c, p, `is ${v.length} characters long; at most ${max} are allowed`)
        : !v
          ? bad(c, p, 'must not be empty')
          : re && !re.test(v)
            ? bad(c, p, `must be ${what}, not ${show(v)}`)
            : v;
const oneOf =
  (values: readonly unknown[]): Check =>
  (v, p, c) =>
    values.includes(v)
      ? v
      : bad(c, p, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}, not ${show(v)}`);
/** `int`: a whole number ≥ 0; `pos`: a number > 0. */
const num =
  (rule?: 'int' | 'pos'): Check =>
  (v, p, c) =>
    typeof v !== 'number' || !Number.isFinite(v)
      ? bad(c, p, `must be a finite number, not ${show(v)}`)
      : rule === 'int' && !(Number.isInteger(v) && v >= 0)
        ? bad(c, p, `must be a whole number, 0 or more, not ${v}`)
        : rule === 'pos' && !(v > 0)
          ? bad(c, p, `must be more than 0, not ${v}`)
          : v;
const bool: Check = (v, p, c) =>
  typeof v === 'boolean' ? v : bad(c, p, `must be true or false, not ${show(v)}`);
const nullable =
  (check: Check): Check =>
  (v, p, c) =>
    v === null ? null : check(v, p, c);
/** Keeps every position (BAD included) so later paths match the input. */
const list =
  (item: Check): Check =>
  (v, p, c) =>
    Array.isArray(v)
      ? v.map((x, i) => item(x, `${p}[${i}]`, c))
      : bad(c, p, `must be a list, not ${kind(v)}`);
const obj =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v, p, c) => {
    if (!isObj(v)) return bad(c, p, `must be an object, not ${kind(v)}`);
    const out: Obj = {};
    for (const k of Object.keys(v)) {
      if (!Object.hasOwn(required, k) && !Object.hasOwn(optional, k))
        c.w.push({ path: `${p}.${k}`, message: 'is not a known field; ignored' });
    }
    for (const [k, check] of Object.entries(required)) {
      if (!Object.hasOwn(v, k)) bad(c, `${p}.${k}`, 'is required but missing');
      else out[k] = check(v[k], `${p}.${k}`, c);
    }
    for (const [k, check] of Object.entries(optional)) {
      if (Object.hasOwn(v, k) && v[k] !== undefined) out[k] = check(v[k], `${p}.${k}`, c);
    }
    return out;
  };

const id = str();
const text = str();
const ids = list(id);
const url = str(TEXT, /^https?:\/\//, 'an http(s) URL');
const isoDate = str(TEXT, /^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like "2026", "2026-01" or "2026-01-03"');
const date = obj({ value: isoDate, estimated: bool });
const certainty = oneOf(CERTAINTIES);
const basis = oneOf(BASES);
const index = num('int');

const dataset = obj(
  {
    schemaVersion: oneOf([1]),
    id,
    title: text,
    offsetUnit: oneOf(['codepoint', 'utf16']),
    source: obj({
      name: text,
      title: nullable(text),
      byline: nullable(text),
      date: nullable(date),
      url: nullable(url),
      language: str(TEXT, /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag like "en"'),
      sha256: str(64, /^[0-9a-f]{64}$/, '64 lowercase hexadecimal digits'),
      sentenceCount: index,
    }),
    entities: list(
      obj(
        { id, kind: oneOf(ENTITY_KINDS), name: text, basis, certainty, evidence: ids },
        {
          shortName: text,
          iso3: str(3, /^[A-Z]{3}$/, 'three capital letters'),
          isoNumeric: str(3, /^\d{3}$/, 'three digits'),
          iso2: str(2, /^[A-Z]{2}$/, 'two capital letters'),
          role: text,
          affiliation: id,
          aliases: list(text),
          citations: ids,
        },
      ),
    ),
    relations: list(
      obj(
        {
          id,
          type: oneOf(RELATION_TYPES),
          source: id,
          target: id,
          label: text,
          certainty,
          basis,
          evidence: ids,
        },
        {
          status: oneOf(RELATION_STATUSES),
          time: obj({}, { start: date, end: date, text }),
          citations: ids,
          note: text,
        },
      ),
    ),
    series: list(
      obj(
        {
          id,
          title: text,
          measure: text,
          unit: oneOf(['percent']),
          total: num('pos'),
          values: list(
            obj(
              { label: text, value: num(), approximate: bool, certainty, basis, evidence: ids },
              { entity: id, remainder: bool },
            ),
          ),
        },
        { of: id },
      ),
    ),
    evidence: list(obj({ id, quote: str(QUOTE), sentence: index, start: index, end: index, subhead: bool })),
    citations: list(obj({ id, title: text, url, accessed: isoDate }, { publisher: text })),
  },
  { $schema: str() },
);

const items = (v: unknown): Obj[] => (Array.isArray(v) ? v : []);

/** Duplicate ids, dangling references and impossible offsets, on the cleaned copy. */
function references(d: Obj, c: Ctx): void {
  const known = (name: string): Set<unknown> => {
    const seen = new Map<unknown, number>();
    items(d[name]).forEach((x, i) => {
      if (!isObj(x) || typeof x.id !== 'string') return;
      if (seen.has(x.id))
        bad(c, `$.${name}[${i}].id`, `repeats the id ${show(x.id)} of $.${name}[${seen.get(x.id)}]`);
      else seen.set(x.id, i);
    });
    return new Set(seen.keys());
  };
  const entities = known('entities');
  const evidence = known('evidence');
  const citations = known('citations');
  known('relations');
  known('series');
  const provenance = (x: Obj, p: string): void => {
    for (const [key, set] of [
      ['evidence', evidence],
      ['citations', citations],
    ] as const) {
      items(x[key]).forEach((ref, i) => {
        if (typeof ref === 'string' && !set.has(ref))
          bad(c, `${p}.${key}[${i}]`, `names ${show(ref)}, which is not in $.${key}`);
      });
    }
  };
  const unlink = (x: Obj, key: string, p: string, what: string): void => {
    if (typeof x[key] === 'string' && !entities.has(x[key])) {
      c.w.push({ path: `${p}.${key}`, message: `names ${show(x[key])}, which is not an entity; ${what}` });
      delete x[key];
    }
  };
  items(d.entities).forEach((x, i) => {
    if (!isObj(x)) return;
    unlink(x, 'affiliation', `$.entities[${i}]`, 'the affiliation is left out');
    provenance(x, `$.entities[${i}]`);
  });
  const relations = items(d.relations);
  d.relations = relations.filter((x, i) => {
    if (!isObj(x)) return true;
    provenance(x, `$.relations[${i}]`);
    const dangling = (['source', 'target'] as const).filter(
      (k) => typeof x[k] === 'string' && !entities.has(x[k]),
    );
    for (const k of dangling) {
      c.w.push({
        path: `$.relations[${i}].${k}`,
        message: `names ${show(x[k])}, which is not an entity; relation ${show(x.id)} is left out`,
      });
    }
    return !dangling.length;
  });
  items(d.series).forEach((s, i) => {
    if (!isObj(s)) return;
    unlink(s, 'of', `$.series[${i}]`, 'the series is shown without it');
    items(s.values).forEach((v, j) => {
      if (!isObj(v)) return;
      unlink(v, 'entity', `$.series[${i}].values[${j}]`, 'the value is shown without it');
      provenance(v, `$.series[${i}].values[${j}]`);
    });
  });
  items(d.evidence).forEach((x, i) => {
    if (isObj(x) && typeof x.start === 'number' && typeof x.end === 'number' && x.end < x.start) {
      bad(c, `$.evidence[${i}].end`, `is before its start (${x.start})`);
    }
  });
}

/**
 * Checks that `value` is a dataset, returning every problem found. Never throws.
 *
 * @param value Parsed JSON (or any value).
 * @returns `ok: true` with a clean copy of the dataset and any warnings, or `ok: false`
 *   with every problem.
 */
export function validateDataset(value: unknown): ValidationResult {
  const c: Ctx = { e: [], w: [] };
  try {
    const d = dataset(value, '$', c);
    if (isObj(d)) references(d, c);
    return c.e.length
      ? { ok: false, problems: [...c.e, ...c.w] }
      : { ok: true, dataset: d as unknown as Dataset, warnings: c.w };
  } catch (error) {
    return { ok: false, problems: [...c.e, { path: '$', message: `could not be read: ${String(error)}` }] };
  }
}

/**
 * Problems as one line of text, `path: message; path: message`, for the console or a
 * visible notice. Shows the first `max` and counts the rest.
 */
export function formatProblems(problems: readonly DatasetProblem[], max = 10): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) shown.push(`and ${problems.length - max} more`);
  return shown.join('; ');
}
