/**
 * Generated hostile datasets for the reliability suite: the default dataset attacked by a
 * list of mutations (markup, `javascript:` URLs, `__proto__`/`constructor` keys written into
 * the JSON text, right-to-left overrides, 1 MB strings, NaN and Infinity, duplicate ids,
 * self-loops, relations pointing nowhere, wrong types), or arbitrary JSON. Version-2 attacks:
 * unknown and absent relation types, thousands of types, colour slots out of range, shares
 * inside shares that loop, speakers that do not exist, selectors that do not match, groupings
 * of nothing, negative claims and presentation choices that name nothing.
 */
import fc from 'fast-check';
import { defaultDataset } from '@nutgraf/core';

/** Sets this global; no payload may ever run. */
export const SENTINEL = '__nutgrafPwned';
const js = `window.${SENTINEL}=1`;

export const PAYLOADS = [
  `<img src=x onerror="${js}">`,
  `<script>${js}</script>`,
  `"><img src=x onerror=${js}>`,
  `<svg onload="${js}"></svg>`,
  `<iframe srcdoc="<script>parent.${SENTINEL}=1</script>">`,
  `javascript:${js}`,
  ` JaVaScRiPt:${js}`,
  `data:text/html,<script>${js}</script>`,
  `{{constructor.constructor('${js}')()}}`,
  '${' + js + '}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];
const RLO = '\u202E';
const BIG = 'x'.repeat(1 << 20); // 1 MB, shared (no copy per case)

const text = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(`${RLO}gnp.exe`, `\u2067${RLO}abc\u2069`, '\u200F\u202Bمرحبا\u202C', '', ' ', '\u0000'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const number = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MIN_VALUE),
  fc.double(),
  fc.integer(),
);
const anyValue = fc.oneof(text, number, fc.constantFrom(null, true, [], ['x'], {}, undefined));

/** One change to the dataset, as data (fast-check shrinks and prints it). */
export type Mutation =
  | { op: 'entityText'; i: number; field: 'name' | 'shortName' | 'id' | 'iso2' | 'iso3'; value: string }
  | {
      op: 'relationText';
      i: number;
      field: 'label' | 'source' | 'target' | 'type' | 'certainty';
      value: string;
    }
  | { op: 'duplicateEntity'; i: number; j: number }
  | { op: 'duplicateRelation'; i: number }
  | { op: 'selfLoop'; i: number }
  | { op: 'dangling'; i: number }
  | { op: 'seriesValue'; i: number; value: unknown }
  | { op: 'seriesText'; i: number; value: string }
  | { op: 'url'; where: 'source' | 'citation'; value: string }
  | { op: 'quote'; i: number; value: string }
  | { op: 'big'; where: 'name' | 'quote' | 'label' | 'title' }
  | { op: 'wrongType'; field: 'entities' | 'relations' | 'series' | 'evidence' | 'title'; value: unknown }
  | { op: 'field'; target: 'entity' | 'relation' | 'root'; i: number; key: string; value: unknown }
  | { op: 'drop'; target: 'entity' | 'relation'; i: number; key: string }
  | { op: 'v2'; attack: V2Attack; i: number; value: unknown };

/** The version-2 attacks: each one a change to the vocabulary, claims or presentation. */
export type V2Attack =
  | 'unknownType'
  | 'noTypes'
  | 'manyTypes'
  | 'colorSlot'
  | 'withinLoop'
  | 'withinNowhere'
  | 'ghostSpeaker'
  | 'selectorMismatch'
  | 'negative'
  | 'groupingOfNothing'
  | 'presentationNowhere'
  | 'noTotal'
  | 'locationPoint';
const V2_VALID: V2Attack[] = [
  'unknownType',
  'noTypes',
  'manyTypes',
  'withinNowhere',
  'ghostSpeaker',
  'negative',
  'groupingOfNothing',
  'presentationNowhere',
  'noTotal',
  'locationPoint',
];
const V2_ALL: V2Attack[] = [...V2_VALID, 'colorSlot', 'withinLoop', 'selectorMismatch'];

const idx = fc.nat({ max: 1000 });
const v2 = (attacks: V2Attack[]): fc.Arbitrary<Mutation> =>
  fc.record({ op: fc.constant('v2' as const), attack: fc.constantFrom(...attacks), i: idx, value: anyValue });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('entityText' as const),
    i: idx,
    field: fc.constantFrom(
      'name' as const,
      'shortName' as const,
      'id' as const,
      'iso2' as const,
      'iso3' as const,
    ),
    value: text,
  }),
  fc.record({
    op: fc.constant('relationText' as const),
    i: idx,
    field: fc.constantFrom(
      'label' as const,
      'source' as const,
      'target' as const,
      'type' as const,
      'certainty' as const,
    ),
    value: text,
  }),
  fc.record({ op: fc.constant('duplicateEntity' as const), i: idx, j: idx }),
  fc.record({ op: fc.constant('duplicateRelation' as const), i: idx }),
  fc.record({ op: fc.constant('selfLoop' as const), i: idx }),
  fc.record({ op: fc.constant('dangling' as const), i: idx }),
  fc.record({ op: fc.constant('seriesValue' as const), i: idx, value: fc.oneof(number, anyValue) }),
  fc.record({ op: fc.constant('seriesText' as const), i: idx, value: text }),
  fc.record({
    op: fc.constant('url' as const),
    where: fc.constantFrom('source' as const, 'citation' as const),
    value: fc.oneof(fc.constantFrom(...PAYLOADS.slice(5, 8)), text),
  }),
  fc.record({ op: fc.constant('quote' as const), i: idx, value: text }),
  fc.record({
    op: fc.constant('big' as const),
    where: fc.constantFrom('name' as const, 'quote' as const, 'label' as const, 'title' as const),
  }),
  fc.record({
    op: fc.constant('wrongType' as const),
    field: fc.constantFrom(
      'entities' as const,
      'relations' as const,
      'series' as const,
      'evidence' as const,
      'title' as const,
    ),
    value: anyValue,
  }),
  fc.record({
    op: fc.constant('field' as const),
    target: fc.constantFrom('entity' as const, 'relation' as const, 'root' as const),
    i: idx,
    key: fc.constantFrom(
      'kind',
      'certainty',
      'basis',
      'evidence',
      'status',
      'schemaVersion',
      'offsetUnit',
      'x',
    ),
    value: anyValue,
  }),
  fc.record({
    op: fc.constant('drop' as const),
    target: fc.constantFrom('entity' as const, 'relation' as const),
    i: idx,
    key: fc.constantFrom('id', 'name', 'kind', 'source', 'target', 'type', 'certainty', 'evidence'),
  }),
  v2(V2_ALL),
);

/** Where `__proto__` / `constructor` keys are written into the JSON text. */
const PROTO_KEYS = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
const PROTO_MARKER = '__nutgraf_fuzz_proto_marker__';

export interface FuzzCase {
  mutations: Mutation[];
  /** 0: none; n: write the proto keys into the n-th object (depth first) of the JSON text. */
  protoAt: number;
  /** Replace everything with arbitrary JSON. */
  arbitrary: unknown;
}

/** Hostile text in places a valid dataset allows it: these cases reach the drawing code. */
const textMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('entityText' as const),
    i: idx,
    field: fc.constantFrom('name' as const, 'shortName' as const),
    value: text,
  }),
  fc.record({
    op: fc.constant('relationText' as const),
    i: idx,
    field: fc.constant('label' as const),
    value: text,
  }),
  fc.record({ op: fc.constant('seriesText' as const), i: idx, value: text }),
  fc.record({
    op: fc.constant('big' as const),
    where: fc.constantFrom('name' as const, 'label' as const, 'title' as const),
  }),
  fc.record({ op: fc.constant('selfLoop' as const), i: idx }),
  fc.record({ op: fc.constant('dangling' as const), i: idx }),
  fc.record({ op: fc.constant('duplicateRelation' as const), i: idx }),
  v2(V2_VALID),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  mutations: fc.oneof(
    fc.array(textMutation, { minLength: 1, maxLength: 6 }),
    fc.array(mutation, { minLength: 1, maxLength: 6 }),
  ),
  protoAt: fc.oneof(fc.constant(0), fc.nat({ max: 400 })),
  arbitrary: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  ),
});

type Obj = Record<string, unknown>;
/** The i-th (wrapping) element of a list when it is an array of objects; else undefined. */
const at = (list: unknown, i: number): Obj | undefined => {
  if (!Array.isArray(list) || !list.length) return undefined;
  const item: unknown = list[i % list.length];
  return item && typeof item === 'object' ? (item as Obj) : undefined;
};

function applyStructural(ds: Obj, m: Mutation): void {
  const entities = Array.isArray(ds.entities) ? (ds.entities as Obj[]) : [];
  const relations = Array.isArray(ds.relations) ? (ds.relations as Obj[]) : [];
  const values = at(ds.series, 0)?.values;
  switch (m.op) {
    case 'entityText': {
      const e = at(entities, m.i);
      if (e) e[m.field] = m.value;
      break;
    }
    case 'relationText': {
      const r = at(relations, m.i);
      if (r) r[m.field] = m.value;
      break;
    }
    case 'duplicateEntity': {
      const a = at(entities, m.i);
      const b = at(entities, m.j);
      if (a && b) entities.push({ ...b, id: a.id });
      break;
    }
    case 'duplicateRelation': {
      const r = at(relations, m.i);
      if (r) relations.push({ ...r });
      break;
    }
    case 'selfLoop': {
      const r = at(relations, m.i);
      if (r) r.target = r.source;
      break;
    }
    case 'dangling': {
      const r = at(relations, m.i);
      if (r) r[m.i % 2 ? 'source' : 'target'] = `nowhere-${m.i}`;
      break;
    }
    case 'seriesText': {
      const v = at(values, m.i);
      if (v) v.label = m.value;
      break;
    }
    case 'url':
      if (m.where === 'source' && ds.source && typeof ds.source === 'object')
        (ds.source as Obj).url = m.value;
      else {
        const c = at(ds.citations, 0);
        if (c) c.url = m.value;
      }
      break;
    case 'quote': {
      const e = at(ds.evidence, m.i);
      if (e) e.quote = m.value;
      break;
    }
    case 'drop': {
      const o = at(m.target === 'entity' ? entities : relations, m.i);
      if (o) delete o[m.key];
      break;
    }
    case 'v2':
      applyV2(ds, m.attack, m.i, m.value);
      break;
    default:
      break;
  }
}

/** One version-2 attack on the parsed dataset. */
function applyV2(ds: Obj, attack: V2Attack, i: number, value: unknown): void {
  const relations = Array.isArray(ds.relations) ? (ds.relations as Obj[]) : [];
  const series = Array.isArray(ds.series) ? (ds.series as Obj[]) : [];
  const r = at(relations, i);
  switch (attack) {
    case 'unknownType':
      if (r) r.type = `type-${i}`;
      break;
    case 'noTypes':
      delete ds.relationTypes;
      break;
    case 'manyTypes': {
      // Every relation gets a type of its own among thousands declared.
      const types = Array.from({ length: 2000 + i }, (_, k) => ({
        id: `t${k}`,
        label: `Type ${k}`,
        verb: `relates (${k}) to`,
        direction: (['forward', 'backward', 'none'] as const)[k % 3],
      }));
      ds.relationTypes = types;
      relations.forEach((x, k) => (x.type = `t${(k * 97 + i) % types.length}`));
      break;
    }
    case 'colorSlot': {
      const t = at(ds.relationTypes, i);
      if (t) t.color = [0, 8, -1, 1.5, 1e9, '3'][i % 6];
      break;
    }
    case 'withinLoop': {
      const s = at(series, 0);
      if (s) series.push({ ...s, id: 'loop', within: { series: 'loop', entity: 'x' } });
      break;
    }
    case 'withinNowhere': {
      const s = at(series, i);
      if (s) s.within = { series: `nowhere-${i}`, entity: 'nobody' };
      break;
    }
    case 'ghostSpeaker':
      if (r) r.attribution = { speaker: `ghost-${i}`, mode: i % 2 ? 'quote' : 'paraphrase' };
      break;
    case 'selectorMismatch': {
      const e = at(ds.evidence, i);
      const sel = e?.selector as Obj | undefined;
      if (sel) sel.exact = typeof value === 'string' ? value : `${String(sel.exact)} `;
      break;
    }
    case 'negative':
      relations.forEach((x, k) => {
        if ((k + i) % 2) x.polarity = 'negative';
      });
      break;
    case 'groupingOfNothing':
      ds.groupings = [
        { id: 'g-empty', label: 'Nothing', members: [] },
        { id: 'g-ghost', label: 'Ghosts', from: { type: `none-${i}`, target: 'nobody' } },
        {
          id: 'g-named',
          label: 'Named',
          members: [{ entity: 'ghost', certainty: 'asserted', basis: 'article', evidence: [] }],
        },
      ];
      break;
    case 'presentationNowhere':
      ds.presentation = {
        map: { arcs: ['nope', `x${i}`], grouping: 'nowhere', frame: ['ATL', 'nobody'] },
        share: { series: 'nothing' },
        network: { heading: typeof value === 'string' && value ? value : 'Heading' },
      };
      break;
    case 'noTotal':
      for (const s of series) {
        delete s.total;
        s.unit = i % 2 ? 'bcm' : 'percent';
      }
      break;
    case 'locationPoint': {
      const e = at(ds.entities, i);
      if (e) e.location = { point: [(i % 360) - 180, (i % 180) - 90] };
      break;
    }
  }
}

/** Changes that JSON text cannot carry (NaN, Infinity, undefined, 1 MB strings): after parsing. */
function applyValues(ds: Obj, m: Mutation): void {
  const entities = Array.isArray(ds.entities) ? (ds.entities as Obj[]) : [];
  const relations = Array.isArray(ds.relations) ? (ds.relations as Obj[]) : [];
  const values = at(ds.series, 0)?.values;
  switch (m.op) {
    case 'seriesValue': {
      const v = at(values, m.i);
      if (v) v.value = m.value;
      break;
    }
    case 'big':
      if (m.where === 'title') ds.title = BIG;
      else if (m.where === 'name') {
        const e = at(entities, 0);
        if (e) e.name = BIG;
      } else if (m.where === 'label') {
        const r = at(relations, 0);
        if (r) r.label = BIG;
      } else {
        const e = at(ds.evidence, 0);
        if (e) e.quote = BIG;
      }
      break;
    case 'wrongType':
      ds[m.field] = m.value;
      break;
    case 'field': {
      const o = m.target === 'root' ? ds : at(m.target === 'entity' ? entities : relations, m.i);
      if (o) o[m.key] = m.value;
      break;
    }
    default:
      break;
  }
}

const baseText = JSON.stringify(defaultDataset);

/** Builds the dataset value of a case (what a page would hand to `data`). */
export function buildDataset(c: FuzzCase): unknown {
  if (c.arbitrary !== undefined) return c.arbitrary;
  const ds = JSON.parse(baseText) as Obj;
  for (const m of c.mutations) applyStructural(ds, m);
  if (c.protoAt) {
    const objects: Obj[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        objects.push(v as Obj);
        Object.values(v).forEach(walk);
      }
    };
    walk(ds);
    objects[c.protoAt % objects.length]![PROTO_MARKER] = 1;
  }
  // Keys JSON.parse turns into own properties named `__proto__` and `constructor`.
  const json = JSON.stringify(ds).replace(`"${PROTO_MARKER}":1`, PROTO_KEYS);
  const parsed = JSON.parse(json) as Obj;
  for (const m of c.mutations) applyValues(parsed, m);
  return parsed;
}
