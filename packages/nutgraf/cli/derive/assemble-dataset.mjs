/**
 * Turns the source text and the curated annotations into a dataset: locates every quote,
 * makes evidence items with deterministic ids, computes series remainders, orders keys and
 * items, then runs every check. Pure: no file system access except reading the schema.
 *
 * Evidence ids are `ev-<sentence, 3 digits>-<first 8 hex of sha256(quote)>`, with
 * `-<start>` appended only if the same quote stands twice in one sentence. Identical
 * quotes at the same place become one evidence item, shared by every claim citing it.
 *
 * @module
 */

import { createHash } from 'node:crypto';
import { splitSentences } from './sentences.mjs';
import { locateQuote } from './locate-quote.mjs';
import { checkReferences } from './check-references.mjs';
import { checkProvenance } from './check-provenance.mjs';
import { schemaValidator } from './validate-schema.mjs';
import { DataError } from './problems.mjs';

/**
 * @typedef {import('./load-inputs.mjs').Inputs} Inputs
 * @typedef {import('./problems.mjs').Problem} Problem
 * @typedef {Record<string, any>} Obj
 */

/** Output key order per kind of object; annotation keys outside these lists fail. */
const KEYS = {
  entity: [
    'id',
    'kind',
    'name',
    'shortName',
    'iso3',
    'isoNumeric',
    'iso2',
    'role',
    'affiliation',
    'aliases',
    'basis',
    'certainty',
    'evidence',
    'citations',
  ],
  relation: [
    'id',
    'type',
    'source',
    'target',
    'label',
    'certainty',
    'basis',
    'status',
    'time',
    'evidence',
    'citations',
    'note',
  ],
  series: ['id', 'title', 'measure', 'of', 'unit', 'total', 'values'],
  value: ['entity', 'label', 'value', 'approximate', 'remainder', 'certainty', 'basis', 'evidence'],
  citation: ['id', 'title', 'url', 'publisher', 'accessed'],
  time: ['start', 'end', 'text'],
  date: ['value', 'estimated'],
  source: ['name', 'title', 'byline', 'date', 'url', 'language', 'sha256'],
};
/**
 * Keys an annotation may carry for reviewers only; never copied into the dataset.
 * `review` is written by `nutgraf draft`: "unreviewed" fails the build until a person has
 * checked the item and set it to "reviewed" (or deleted the key).
 */
const REVIEW_ONLY = ['comment', 'review'];
const REVIEW_STATES = ['unreviewed', 'reviewed'];
const COLLECTIONS = ['dataset', 'entities', 'relations', 'series', 'citations', '$comment'];
/** From most to least certain: a computed remainder is as certain as its least certain input. */
const CERTAINTY_ORDER = ['asserted', 'reported', 'opinion', 'predicted', 'hypothetical'];

/**
 * @param {Inputs} inputs
 * @param {{ schemaPath: string }} options
 * @returns {{ dataset: Obj, json: string }}
 */
export function assembleDataset(inputs, { schemaPath }) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (/** @type {string} */ where, /** @type {string} */ message) =>
    problems.push({ where, message });

  const { article, source } = inputs;
  const prefix = inputs.prefix ?? '';
  const sha256 = createHash('sha256').update(article, 'utf8').digest('hex');
  if (sha256 !== source.sha256) {
    add(
      `${prefix}source/article.txt`,
      `sha256 is ${sha256}, but source.json says ${source.sha256}: the source text changed`,
    );
  }
  const codePoints = [...article];
  const sentences = splitSentences(article);
  const located = { text: article, codePoints, sentences };

  /** @type {Map<string, Obj>} evidence items by "start:end" */
  const evidenceAt = new Map();
  /** @type {Map<string, string>} "start:end" by evidence id, to catch id collisions */
  const idTaken = new Map();
  /**
   * @param {string} where
   * @param {unknown} specs
   * @returns {string[]}
   */
  const resolveEvidence = (where, specs) => {
    if (!Array.isArray(specs)) {
      add(where, 'evidence must be a list of quotes');
      return [];
    }
    /** @type {string[]} */
    const ids = [];
    specs.forEach((spec, i) => {
      const result = locateQuote(located, spec);
      if (!result.ok) return add(`${where}.evidence[${i}]`, result.message);
      const { quote, sentence, start, end, subhead } = result.location;
      const at = `${start}:${end}`;
      let item = evidenceAt.get(at);
      if (!item) {
        const hash = createHash('sha256').update(quote, 'utf8').digest('hex').slice(0, 8);
        let id = `ev-${String(sentence).padStart(3, '0')}-${hash}`;
        if (idTaken.has(id) && idTaken.get(id) !== at) id += `-${start}`;
        idTaken.set(id, at);
        item = { id, quote, sentence, start, end, subhead };
        evidenceAt.set(at, item);
      }
      if (ids.includes(item.id)) add(`${where}.evidence[${i}]`, 'the same quote is cited twice');
      else ids.push(item.id);
    });
    return ids;
  };

  /**
   * Copies the keys of `from` in the order of `keys`, failing on keys not listed.
   * @param {string} where
   * @param {unknown} from
   * @param {string[]} keys
   * @param {(key: string, value: any) => any} [map]
   * @returns {Obj}
   */
  const pick = (where, from, keys, map = (_k, v) => v) => {
    if (from === null || typeof from !== 'object' || Array.isArray(from)) {
      add(where, 'must be an object');
      return {};
    }
    for (const key of Object.keys(from)) {
      if (!keys.includes(key) && !REVIEW_ONLY.includes(key))
        add(where, `unknown field "${key}" (allowed: ${keys.join(', ')})`);
    }
    const review = /** @type {Obj} */ (from).review;
    if (review !== undefined && !REVIEW_STATES.includes(review))
      add(where, `"review" must be one of ${REVIEW_STATES.join(', ')}`);
    if (review === 'unreviewed')
      add(
        where,
        'not reviewed yet: check the quote, ids and fields against the article, then set "review": "reviewed" or delete the item',
      );
    /** @type {Obj} */
    const out = {};
    for (const key of keys) {
      if (Object.hasOwn(from, key)) out[key] = map(key, /** @type {Obj} */ (from)[key]);
    }
    return out;
  };
  /** @param {string} where @param {unknown} value */
  const date = (where, value) => pick(where, value, KEYS.date);
  /** @param {string} where @param {unknown} value */
  const time = (where, value) =>
    pick(where, value, KEYS.time, (k, v) => (k === 'text' ? v : date(`${where}.${k}`, v)));

  /** @type {Obj[]} */ const entities = [];
  /** @type {Obj[]} */ const relations = [];
  /** @type {Obj[]} */ const series = [];
  /** @type {Obj[]} */ const citations = [];
  /** @type {Obj | undefined} */ let meta;

  for (const file of inputs.files) {
    const { data, folder } = file;
    for (const key of Object.keys(data)) {
      if (!COLLECTIONS.includes(key))
        add(file.path, `unknown top-level key "${key}" (allowed: ${COLLECTIONS.join(', ')})`);
    }
    if (data.dataset !== undefined) {
      if (meta) add(file.path, 'dataset id and title are given in more than one file');
      meta = pick(`${file.path} dataset`, data.dataset, ['id', 'title']);
    }
    /**
     * @param {string} where
     * @param {Obj} item
     */
    const checkFolder = (where, item) => {
      if (folder === 'outside' && item.basis !== 'outside')
        add(where, `items in ${prefix}outside/ must have basis "outside"`);
      if (folder === 'annotations' && item.basis === 'outside')
        add(where, `outside knowledge belongs in ${prefix}outside/, with its citations`);
    };
    for (const [i, raw] of (data.entities ?? []).entries()) {
      const where = `${file.path} entities[${i}] (${raw?.id})`;
      const e = pick(where, raw, KEYS.entity, (k, v) => (k === 'evidence' ? resolveEvidence(where, v) : v));
      checkFolder(where, e);
      entities.push(e);
    }
    for (const [i, raw] of (data.relations ?? []).entries()) {
      const where = `${file.path} relations[${i}] (${raw?.id})`;
      const r = pick(where, raw, KEYS.relation, (k, v) =>
        k === 'evidence' ? resolveEvidence(where, v) : k === 'time' ? time(`${where}.time`, v) : v,
      );
      checkFolder(where, r);
      relations.push(r);
    }
    for (const [i, raw] of (data.series ?? []).entries()) {
      const where = `${file.path} series[${i}] (${raw?.id})`;
      const s = pick(where, raw, KEYS.series, (k, v) =>
        k === 'values' && Array.isArray(v)
          ? v.map((value, j) =>
              pick(`${where}.values[${j}]`, value, KEYS.value, (vk, vv) =>
                vk === 'evidence' ? resolveEvidence(`${where}.values[${j}]`, vv) : vv,
              ),
            )
          : v,
      );
      if (Array.isArray(s.values)) {
        s.values = computeRemainder(`${where}`, s, add);
        s.values.forEach((/** @type {Obj} */ v, /** @type {number} */ j) =>
          checkFolder(`${where}.values[${j}]`, v),
        );
      }
      series.push(s);
    }
    for (const [i, raw] of (data.citations ?? []).entries()) {
      citations.push(pick(`${file.path} citations[${i}] (${raw?.id})`, raw, KEYS.citation));
    }
  }
  if (!meta)
    add(`${prefix}annotations`, 'no file gives the dataset id and title ("dataset": { "id", "title" })');

  const byId = (/** @type {Obj} */ a, /** @type {Obj} */ b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const dataset = {
    schemaVersion: 1,
    id: meta?.id,
    title: meta?.title,
    offsetUnit: 'codepoint',
    source: {
      ...pick(`${prefix}source/source.json`, source, [...KEYS.source, 'notes']),
      sentenceCount: sentences.length,
    },
    entities: entities.sort(byId),
    relations: relations.sort(byId),
    series: series.sort(byId),
    evidence: [...evidenceAt.values()].sort(byId),
    citations: citations.sort(byId),
  };
  delete dataset.source.notes; // reviewer-facing notes stay in source.json

  if (!problems.length) {
    problems.push(...checkReferences(/** @type {any} */ (dataset)));
    problems.push(...checkProvenance(dataset, codePoints));
    problems.push(
      ...schemaValidator(schemaPath)(dataset).map((p) => ({ where: p.path, message: p.message })),
    );
  }
  if (problems.length) throw new DataError(problems);
  return { dataset, json: `${JSON.stringify(dataset, null, 2)}\n` };
}

/**
 * Fills in the remainder of a series: total minus the given values. It is labelled by the
 * annotation ("Not specified by the source"), never split, and marked computed.
 *
 * @param {string} where
 * @param {Obj} series
 * @param {(where: string, message: string) => void} add
 * @returns {Obj[]}
 */
function computeRemainder(where, series, add) {
  const given = series.values.filter((/** @type {Obj} */ v) => !v.remainder);
  const rest = series.values.filter((/** @type {Obj} */ v) => v.remainder);
  if (rest.length > 1) add(where, 'a series has at most one remainder');
  if (rest.length === 0) return series.values;
  const r = rest[0];
  for (const key of ['value', 'approximate', 'certainty', 'basis', 'evidence', 'entity']) {
    if (key in r) add(`${where} remainder`, `"${key}" of a remainder is computed by the build; remove it`);
  }
  const sum = given.reduce((/** @type {number} */ s, /** @type {Obj} */ v) => s + v.value, 0);
  const value = Math.round((series.total - sum) * 1e9) / 1e9;
  if (!(value >= 0)) add(where, `the given values add up to ${sum}, more than the total ${series.total}`);
  const certainty =
    CERTAINTY_ORDER[
      Math.max(0, ...given.map((/** @type {Obj} */ v) => CERTAINTY_ORDER.indexOf(v.certainty)))
    ];
  const evidence = [...new Set(given.flatMap((/** @type {Obj} */ v) => v.evidence ?? []))];
  const computed = {
    label: r.label,
    value,
    approximate: given.some((/** @type {Obj} */ v) => v.approximate === true),
    remainder: true,
    certainty,
    basis: 'computed',
    evidence,
  };
  return [...given, computed];
}
