/**
 * Turns the source text and the curated annotations into a dataset (version 2): locates
 * every quote, makes evidence items with deterministic ids and TextQuoteSelectors, computes
 * unspecified remainders, orders keys and items, then runs every check. Pure: no file system
 * access.
 *
 * Fields and their order come from the one definition of the model (`DatasetSchema` of
 * `@nutgraf/core/dataset`); shape and references are checked by its validator, and the
 * standards desk's rules by `check-provenance.ts`. Problems name the annotation file and
 * item they come from.
 *
 * Evidence ids are `ev-<sentence, 3 digits>-<first 8 hex of sha256(quote)>`, with
 * `-<start>` appended only if the same quote stands twice in one sentence. Identical
 * quotes at the same place become one evidence item, shared by every claim citing it.
 *
 * @module
 */

import { createHash } from 'node:crypto';
import type { Dataset, Evidence } from '@nutgraf/core/dataset';
import { isList, isRecord } from '../json.js';
import type { JsonObject } from '../json.js';
import { splitSentences } from './sentences.js';
import { locateQuote } from './locate-quote.js';
import { textQuoteSelector } from './text-quote-selector.js';
import { checkProvenance } from './check-provenance.js';
import { checkModel } from './validate.js';
import { fieldsOf, part, unwrap } from './shape.js';
import type { Schema } from './shape.js';
import { DataError, pathToOrigin } from './problems.js';
import type { Problem } from './problems.js';
import type { Inputs } from './load-inputs.js';

/**
 * Keys an annotation may carry for reviewers only; never copied into the dataset.
 * `review` is written by `nutgraf draft`: "unreviewed" fails the build until a person has
 * checked the item and set it to "reviewed" (or deleted the key).
 */
const REVIEW_ONLY = ['comment', 'review'];
const REVIEW_STATES = ['unreviewed', 'reviewed'];
/** How a problem of an unreviewed item begins (`nutgraf build` sums them up). */
export const NOT_REVIEWED = 'not reviewed yet';
/** Lists an annotation file may hold; items of the same list in several files are joined. */
const LISTS = ['relationTypes', 'groupings', 'entities', 'relations', 'series', 'citations'];
/** What an annotation file may hold at its top level. */
const TOP_LEVEL = ['$comment', 'dataset', 'presentation', ...LISTS];
/**
 * Lists sorted by id in the output. Relation types and groupings keep the order they are
 * declared in (files by name, annotations/ before outside/): that order gives them their
 * colours when they name none.
 */
const SORTED = ['entities', 'relations', 'series', 'citations'];
/** From most to least certain: a computed remainder is as certain as its least certain input. */
const CERTAINTY_ORDER = ['asserted', 'reported', 'opinion', 'predicted', 'hypothetical'];

/** Records a problem at a place. */
type Add = (where: string, message: string) => void;

/**
 * Orders two items by id with JavaScript's `<`, as written (ids are text once the model
 * accepts them; before, any value sorts as `<` would have it).
 */
function byId(a: { id?: unknown }, b: { id?: unknown }): number {
  const x = a.id as string;
  const y = b.id as string;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * @returns the dataset as the model's validator accepted it (typed), and the JSON written
 */
export function assembleDataset(inputs: Inputs): { dataset: Dataset; json: string } {
  const problems: Problem[] = [];
  const add: Add = (where, message) => problems.push({ where, message });

  const { article } = inputs;
  // source.json as an object; spread as `...source` would (a list by its indexes)
  const source: JsonObject = Object(inputs.source ?? {});
  const prefix = inputs.prefix ?? '';
  const sha256 = createHash('sha256').update(article, 'utf8').digest('hex');
  if (sha256 !== source.sha256) {
    add(
      `${prefix}source/article.txt`,
      `sha256 is ${sha256}, but source.json says ${String(source.sha256)}: the source text changed`,
    );
  }
  const sentences = splitSentences(article);
  const located = { text: article, codePoints: [...article], sentences };

  /** evidence items by "start:end" */
  const evidenceAt = new Map<string, Evidence>();
  /** "start:end" by evidence id, to catch id collisions */
  const idTaken = new Map<string, string>();
  const resolveEvidence = (where: string, specs: unknown): string[] => {
    if (!isList(specs)) {
      add(where, 'evidence must be a list of quotes');
      return [];
    }
    const ids: string[] = [];
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
        const selector = textQuoteSelector(article, start, end);
        item = { id, quote, sentence, start, end, subhead, selector };
        evidenceAt.set(at, item);
      }
      if (ids.includes(item.id)) add(`${where}.evidence[${i}]`, 'the same quote is cited twice');
      else ids.push(item.id);
    });
    return ids;
  };

  /**
   * Copies an annotation in the shape of the model: the fields the definition has, in its
   * order; unknown fields and unreviewed items are problems; `evidence` quotes become ids.
   */
  const copy = (where: string, value: unknown, schema: Schema): unknown => {
    const s = unwrap(schema);
    if (value === null) return value; // the model's validator says whether null is allowed
    if (s.entries) {
      if (!isRecord(value)) {
        add(where, 'must be an object');
        return value;
      }
      const fields = Object.keys(s.entries);
      for (const key of Object.keys(value)) {
        if (!fields.includes(key) && !REVIEW_ONLY.includes(key))
          add(where, `unknown field "${key}" (allowed: ${fields.join(', ')})`);
      }
      const { review } = value;
      if (review !== undefined && (typeof review !== 'string' || !REVIEW_STATES.includes(review)))
        add(where, `"review" must be one of ${REVIEW_STATES.join(', ')}`);
      if (review === 'unreviewed')
        add(
          where,
          `${NOT_REVIEWED}: check the quote, ids and fields against the article, then set "review": "reviewed" or delete the item`,
        );
      const out: JsonObject = {};
      for (const key of fields) {
        if (!Object.hasOwn(value, key)) continue;
        const v = value[key];
        out[key] =
          key === 'evidence' ? resolveEvidence(where, v) : copy(`${where}.${key}`, v, s.entries[key]);
      }
      return out;
    }
    const { item } = s;
    if (item && isList(value)) return value.map((x, i) => copy(`${where}[${i}]`, x, item));
    return value;
  };

  const lists: Record<string, JsonObject[]> = Object.fromEntries(LISTS.map((key) => [key, []]));
  /** built item → the annotation it comes from, for messages */
  const origins = new Map<object, string>();
  let meta: unknown;
  let presentation: unknown;

  const files = [...inputs.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) {
    const { data, folder } = file;
    if (!isRecord(data)) {
      add(file.path, `must hold a JSON object with any of ${TOP_LEVEL.join(', ')}`);
      continue;
    }
    for (const key of Object.keys(data)) {
      if (!TOP_LEVEL.includes(key))
        add(file.path, `unknown top-level key "${key}" (allowed: ${TOP_LEVEL.join(', ')})`);
    }
    if (data.dataset !== undefined) {
      if (meta) add(file.path, 'the dataset id and title are given in more than one file');
      // `dataset` in an annotation holds the dataset's own id and title
      meta = copy(`${file.path} dataset`, data.dataset, {
        type: 'object',
        entries: { id: part('id'), title: part('title') },
      });
    }
    if (data.presentation !== undefined) {
      if (presentation) add(file.path, 'presentation is given in more than one file');
      presentation = copy(`${file.path} presentation`, data.presentation, part('presentation'));
    }
    /** Article claims belong in annotations/, outside knowledge in outside/. */
    const checkFolder = (where: string, claim: unknown) => {
      const basis = isRecord(claim) ? claim.basis : undefined;
      if (folder === 'outside' && basis !== 'outside')
        add(where, `items in ${prefix}outside/ must have basis "outside"`);
      if (folder === 'annotations' && basis === 'outside')
        add(where, `outside knowledge belongs in ${prefix}outside/, with its citations`);
    };
    for (const key of LISTS) {
      const list = data[key];
      if (list === undefined) continue;
      if (!isList(list)) {
        add(file.path, `"${key}" must be a list`);
        continue;
      }
      for (const [i, raw] of list.entries()) {
        const rawId = isRecord(raw) ? raw.id : undefined;
        const where = `${file.path} ${key}[${i}]${typeof rawId === 'string' ? ` (${rawId})` : ''}`;
        const item = copy(where, raw, part(key, '*'));
        if (!isRecord(item)) {
          if (item === null) add(where, 'must be an object');
          continue;
        }
        if (key === 'entities' || key === 'relations') checkFolder(where, item);
        const { members, values } = item;
        if (key === 'groupings' && isList(members))
          members.forEach((m, j) => checkFolder(`${where}.members[${j}]`, m));
        if (key === 'series' && isList(values)) {
          const all = computeRemainder(where, item, values, add);
          item.values = all;
          all.forEach((v, j) => {
            if (!(isRecord(v) && v.basis === 'computed')) checkFolder(`${where}.values[${j}]`, v);
          });
        }
        origins.set(item, where);
        lists[key].push(item);
      }
    }
  }
  if (!meta)
    add(`${prefix}annotations`, 'no file gives the dataset id and title ("dataset": { "id", "title" })');

  const sourceWhere = `${prefix}source/source.json`;
  const { notes: _notes, ...known } = source; // reviewer-facing notes stay in source.json
  if ('sentenceCount' in known) add(sourceWhere, '"sentenceCount" is counted by the build; remove it');
  const copied = copy(sourceWhere, known, part('source'));
  const copiedSource = isRecord(copied) ? copied : {};
  const sourceInfo = Object.fromEntries(
    fieldsOf(part('source'))
      .filter((key) => key === 'sentenceCount' || Object.hasOwn(copiedSource, key))
      .map((key) => [key, key === 'sentenceCount' ? sentences.length : copiedSource[key]]),
  );

  for (const key of SORTED) lists[key].sort(byId);
  const metaFields = isRecord(meta) ? meta : {};
  const parts: JsonObject = {
    schemaVersion: 2,
    id: metaFields.id,
    title: metaFields.title,
    offsetUnit: 'codepoint',
    source: sourceInfo,
    ...lists,
    evidence: [...evidenceAt.values()].sort(byId),
    presentation,
  };
  const dataset: JsonObject = Object.fromEntries(
    fieldsOf(part()).flatMap((key) => (parts[key] === undefined ? [] : [[key, parts[key]]])),
  );

  // The model's checks need every annotation read and every quote found; items only waiting
  // for review do not hold them back, so a reviewer sees everything at once.
  let accepted: Dataset | undefined;
  if (problems.every((p) => p.message.startsWith(NOT_REVIEWED))) {
    // the standards desk's rules read a dataset the model accepts
    const model = checkModel(dataset);
    if (model.ok) accepted = model.dataset;
    for (const p of model.ok ? checkProvenance(model.dataset, article) : model.problems)
      add(pathToOrigin(dataset, p.where, origins), p.message);
  }
  if (problems.length || !accepted) throw new DataError(problems);
  return { dataset: accepted, json: `${JSON.stringify(dataset, null, 2)}\n` };
}

/**
 * Fills in the unspecified remainder of a series: its total minus the given values. It keeps
 * the annotation's label ("Not specified by the source"), belongs to no entity, is never
 * split, and is marked computed. Without a total there is no rest, and so no remainder. A
 * stated remainder is left as written: the source gives it, with its own evidence.
 *
 * @param values the series' values, as copied
 */
function computeRemainder(where: string, series: JsonObject, values: unknown[], add: Add): unknown[] {
  // a value that is not an object is the model's validator's to report
  if (!values.every((v): v is JsonObject => v !== null && typeof v === 'object')) return values;
  const legacy = values.findIndex((v) => v.remainder === true);
  if (legacy !== -1) {
    add(
      `${where}.values[${legacy}]`,
      '"remainder": true is the version-1 form: write "unspecified" for the rest the source does not divide ' +
        '(the build computes it from the total), or "stated" for a rest the source names, with its own value and evidence',
    );
    return values;
  }
  const rest = values.filter((v) => v.remainder === 'unspecified');
  if (rest.length === 0) return values;
  if (rest.length > 1) {
    add(where, 'has more than one unspecified remainder; a series has at most one');
    return values;
  }
  const r = rest[0];
  const at = `${where}.values[${values.indexOf(r)}]`;
  for (const key of [
    'entity',
    'value',
    'approximate',
    'certainty',
    'basis',
    'attribution',
    'evidence',
    'citations',
  ]) {
    if (key in r) add(at, `"${key}" of an unspecified remainder is computed by the build; remove it`);
  }
  const { total } = series;
  if (typeof total !== 'number') {
    add(
      at,
      'an unspecified remainder is the rest of a known whole, but this series gives no "total": ' +
        'give the total the source states, or remove the remainder (make it "stated" if the source says who holds the rest)',
    );
    return values;
  }
  const given = values.filter((v) => v !== r);
  const sum = given.reduce((s, v) => s + (typeof v.value === 'number' ? v.value : 0), 0);
  const value = Math.round((total - sum) * 1e9) / 1e9;
  if (!(value >= 0)) add(where, `the given values add up to ${sum}, more than the total ${total}`);
  else if (value === 0)
    add(
      where,
      `the given values already add up to the total ${total}: there is no rest; remove the remainder`,
    );
  const rank = (certainty: unknown) => CERTAINTY_ORDER.findIndex((c) => c === certainty);
  const certainty = CERTAINTY_ORDER[Math.max(0, ...given.map((v) => rank(v.certainty)))];
  const evidence = [...new Set(given.flatMap((v) => v.evidence ?? []))];
  const computed = {
    label: r.label,
    value,
    approximate: given.some((v) => v.approximate === true),
    remainder: 'unspecified',
    certainty,
    basis: 'computed',
    evidence,
  };
  return [...given, computed];
}
