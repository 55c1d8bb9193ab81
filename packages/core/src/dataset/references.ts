/**
 * The checks a schema cannot express, on a dataset that already fits the schema: duplicate
 * ids, references to things that do not exist, impossible offsets, selectors that disagree
 * with their quote, and a share inside a share that loops.
 *
 * - A broken reference to evidence or a citation, a repeated id, an impossible offset, a
 *   selector whose `exact` is not its quote and a loop of `within` are problems: the dataset
 *   is refused.
 * - A reference that can be left out is left out with a warning naming the id, so a component
 *   can draw the rest: a relation whose end is not an entity, a speaker, affiliation, series
 *   entity, grouping member, pinned network position or presentation choice that names nothing.
 * - A relation type that a relation names but `relationTypes` does not declare is derived
 *   (its id as its word, undirected) with a warning.
 *
 * @module
 */

import { runSteps } from '../in-steps.js';
import type { DatasetProblem } from './messages.js';
import { show } from './messages.js';
import type { Dataset, Relation, RelationType } from './types.js';

interface Found {
  problems: DatasetProblem[];
  warnings: DatasetProblem[];
}

/** Items checked between two yields of {@link referenceSteps}. */
const BATCH = 256;

/**
 * A 32-bit hash of `text` (FNV-1a), to key a map by where the string itself would be
 * internalized: V8 internalizes a string used as a `Map` or `Set` key, and every internalized
 * string alive (an id is alive as long as its dataset) lengthens every full collection's
 * pause; 80,000 ids, about 35 ms at 4× CPU slowdown (docs/benchmarks.md).
 */
const hashOf = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
};

/**
 * Checks and repairs `d` in place (the validator's own copy; its entities and relations may be
 * the page's own objects, which are copied before they are repaired).
 */
export const checkReferences = (d: Dataset): Found => runSteps(referenceSteps(d));

/**
 * {@link checkReferences} in steps, for a big dataset checked in slices (`inSteps`): yields
 * every {@link BATCH} items of each list.
 */
export function* referenceSteps(d: Dataset): Generator<void, Found, void> {
  const problems: DatasetProblem[] = [];
  const warnings: DatasetProblem[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });

  /**
   * Each id's item, with a problem for each repeated id; `byId` false (a list nothing refers to
   * by id) builds no map by id, so its ids are never keys (see `hashOf`): repeats are found by
   * the ids' hashes.
   */
  function* known<T extends { id: string }>(
    name: string,
    list: readonly T[],
    byId = true,
  ): Generator<void, Map<string, T>, void> {
    const seen = new Map<string, T>();
    // The index of the first item of each id, by the id's hash (several, where hashes collide).
    const first = new Map<number, number[]>();
    for (const [i, x] of list.entries()) {
      const h = hashOf(x.id);
      const same = first.get(h);
      const at = same?.find((j) => list[j]!.id === x.id);
      if (at === undefined) {
        if (byId) seen.set(x.id, x);
        if (same) same.push(i);
        else first.set(h, [i]);
      } else
        problems.push({
          path: `$.${name}[${i}].id`,
          message: `repeats the id ${show(x.id)} of $.${name}[${at}]`,
        });
      if (i % BATCH === BATCH - 1) yield;
    }
    return seen;
  }
  const entities = yield* known('entities', d.entities);
  const evidence = yield* known('evidence', d.evidence);
  const citations = yield* known('citations', d.citations);
  const types = yield* known('relationTypes', d.relationTypes);
  const series = yield* known('series', d.series);
  yield* known('relations', d.relations, false);
  const groupings = yield* known('groupings', d.groupings);

  /** True when `ref` is there and names no entity. */
  const stray = (ref: unknown): ref is string => typeof ref === 'string' && !entities.has(ref);

  /** Evidence and citation ids must exist; a speaker that is not an entity is dropped. */
  const claim = (
    x: { evidence: string[]; citations?: string[]; attribution?: { speaker?: string } },
    p: string,
  ) => {
    x.evidence.forEach((ref, i) => {
      if (!evidence.has(ref))
        problems.push({
          path: `${p}.evidence[${i}]`,
          message: `names ${show(ref)}, which is not in $.evidence`,
        });
    });
    x.citations?.forEach((ref, i) => {
      if (!citations.has(ref))
        problems.push({
          path: `${p}.citations[${i}]`,
          message: `names ${show(ref)}, which is not in $.citations`,
        });
    });
    const speaker = x.attribution?.speaker;
    if (stray(speaker)) {
      warn(
        `${p}.attribution.speaker`,
        `names ${show(speaker)}, which is not an entity; the speaker is left out`,
      );
      delete x.attribution!.speaker;
    }
  };
  /** Deletes `x[key]` with a warning when it names no entity. */
  const unlink = <T extends object>(x: T, key: keyof T & string, p: string, what: string) => {
    const ref = x[key];
    if (stray(ref)) {
      warn(`${p}.${key}`, `names ${show(ref)}, which is not an entity; ${what}`);
      delete x[key];
    }
  };

  /**
   * A copy of an entity or relation about to be repaired: the validator keeps the page's own
   * items where it can (validate.ts), and never changes them.
   */
  const copy = <T extends { attribution?: object }>(x: T): T => ({
    ...x,
    ...(x.attribution && { attribution: { ...x.attribution } }),
  });

  for (const [i, e] of d.entities.entries()) {
    const x = stray(e.attribution?.speaker) || stray(e.affiliation) ? (d.entities[i] = copy(e)) : e;
    unlink(x, 'affiliation', `$.entities[${i}]`, 'the affiliation is left out');
    claim(x, `$.entities[${i}]`);
    if (i % BATCH === BATCH - 1) yield;
  }

  const kept: Relation[] = [];
  for (const [i, r] of d.relations.entries()) {
    const p = `$.relations[${i}]`;
    const x = stray(r.attribution?.speaker) ? copy(r) : r;
    claim(x, p);
    if (!types.has(x.type)) {
      const derived: RelationType = { id: x.type, label: x.type, verb: x.label ?? x.type, direction: 'none' };
      types.set(x.type, derived);
      d.relationTypes.push(derived);
      warn(`${p}.type`, `names ${show(x.type)}, which is not in $.relationTypes; it is shown by its id`);
    }
    const dangling = (['source', 'target'] as const).filter((k) => !entities.has(x[k]));
    for (const k of dangling)
      warn(`${p}.${k}`, `names ${show(x[k])}, which is not an entity; relation ${show(x.id)} is left out`);
    if (!dangling.length) kept.push(x);
    if (i % BATCH === BATCH - 1) yield;
  }
  d.relations = kept;

  d.groupings.forEach((g, i) => {
    const p = `$.groupings[${i}]`;
    if (g.from) {
      if (!types.has(g.from.type))
        warn(`${p}.from.type`, `names ${show(g.from.type)}, which is not in $.relationTypes`);
      unlink(g.from, 'target', `${p}.from`, 'the grouping has no members from relations');
    }
    if (g.members)
      g.members = g.members.filter((m, j) => {
        claim(m, `${p}.members[${j}]`);
        if (entities.has(m.entity)) return true;
        warn(
          `${p}.members[${j}].entity`,
          `names ${show(m.entity)}, which is not an entity; the member is left out`,
        );
        return false;
      });
  });

  d.series.forEach((s, i) => {
    const p = `$.series[${i}]`;
    unlink(s, 'of', p, 'the series is shown without it');
    s.values.forEach((x, j) => {
      unlink(x, 'entity', `${p}.values[${j}]`, 'the value is shown without it');
      claim(x, `${p}.values[${j}]`);
    });
    if (s.within && !series.has(s.within.series)) {
      warn(
        `${p}.within.series`,
        `names ${show(s.within.series)}, which is not a series; the series is shown on its own`,
      );
      delete s.within;
    }
  });
  // A share inside a share must end in a series that is inside nothing.
  d.series.forEach((s, i) => {
    const seen = new Set([s.id]);
    for (
      let at = s.within && series.get(s.within.series);
      at;
      at = at.within && series.get(at.within.series)
    ) {
      if (seen.has(at.id)) {
        problems.push({
          path: `$.series[${i}].within`,
          message: `leads back to series ${show(at.id)}: a share inside a share cannot contain itself`,
        });
        break;
      }
      seen.add(at.id);
    }
  });

  for (const [i, x] of d.evidence.entries()) {
    if (x.end < x.start)
      problems.push({ path: `$.evidence[${i}].end`, message: `is before its start (${x.start})` });
    if (x.selector.exact !== x.quote)
      problems.push({
        path: `$.evidence[${i}].selector.exact`,
        message: 'differs from the quote it selects',
      });
    if (i % BATCH === BATCH - 1) yield;
  }

  const presentation = d.presentation;
  const drop = <T extends object>(
    x: T | undefined,
    key: keyof T & string,
    set: Map<string, unknown>,
    p: string,
    what: string,
  ) => {
    const ref = x?.[key];
    if (typeof ref === 'string' && !set.has(ref)) {
      warn(p, `names ${show(ref)}, which is not ${what}; the default is used`);
      delete x![key];
    }
  };
  drop(presentation?.share, 'series', series, '$.presentation.share.series', 'a series');
  drop(presentation?.map, 'grouping', groupings, '$.presentation.map.grouping', 'a grouping');
  const arcs = presentation?.map?.arcs;
  if (arcs && presentation?.map)
    presentation.map.arcs = arcs.filter((t, i) => {
      if (types.has(t)) return true;
      warn(`$.presentation.map.arcs[${i}]`, `names ${show(t)}, which is not in $.relationTypes; left out`);
      return false;
    });
  const pinned = presentation?.network?.positions;
  for (const id of Object.keys(pinned ?? {}))
    if (!entities.has(id)) {
      warn(`$.presentation.network.positions.${id}`, `names ${show(id)}, which is not an entity; left out`);
      delete pinned![id];
    }
  return { problems, warnings };
}
