import { expect } from '@open-wc/testing';
import type {
  Basis,
  Certainty,
  Citation,
  Dataset,
  DateValue,
  Entity,
  EntityKind,
  Evidence,
  Relation,
  RelationStatus,
  RelationType,
  Series,
  SeriesValue,
  SourceInfo,
} from '../src/dataset/types.js';
import { BASES, CERTAINTIES, ENTITY_KINDS, RELATION_STATUSES, RELATION_TYPES } from '../src/dataset/types.js';
import type { DatasetProblem, ValidationResult } from '../src/dataset/validate.js';
import { formatProblems, validateDataset } from '../src/dataset/validate.js';
import data from '../src/default-dataset.json' with { type: 'json' };

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break datasets on purpose */
const fresh = (): any => structuredClone(data);

function problems(result: ValidationResult): DatasetProblem[] {
  if (result.ok) throw new Error(`expected problems, got ok with ${result.warnings.length} warning(s)`);
  return result.problems;
}
function problemAt(result: ValidationResult, path: string): DatasetProblem {
  const found = problems(result).find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}; got: ${formatProblems(problems(result), 50)}`);
  return found;
}

describe('validateDataset: the default dataset', () => {
  it('validates with no problems and no warnings', () => {
    const result = validateDataset(data);
    expect(result.ok, result.ok ? '' : formatProblems(result.problems)).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.deep.equal([]);
    expect(result.dataset.relations.length).to.equal(data.relations.length);
    expect(JSON.stringify(result.dataset)).to.have.length.greaterThan(1000);
  });

  it('returns a copy: the input is not changed', () => {
    const input = fresh();
    input.relations[0].target = 'atlantis';
    const before = JSON.stringify(input);
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    expect(JSON.stringify(input)).to.equal(before);
  });
});

describe('validateDataset: broken datasets', () => {
  it('reports a missing field with its path', () => {
    const input = fresh();
    delete input.relations[3].target;
    delete input.source.sha256;
    const result = validateDataset(input);
    expect(problemAt(result, '$.relations[3].target').message).to.equal('is required but missing');
    expect(problemAt(result, '$.source.sha256').message).to.equal('is required but missing');
  });

  it('reports wrong types', () => {
    const input = fresh();
    input.entities[0].name = 42;
    input.entities[1].evidence = 'ev-001';
    input.relations[0].time = [];
    input.evidence[0].start = '12';
    input.series[0].values[0].approximate = 'yes';
    const result = validateDataset(input);
    expect(problemAt(result, '$.entities[0].name').message).to.equal('must be text, not number');
    expect(problemAt(result, '$.entities[1].evidence').message).to.equal('must be a list, not text');
    expect(problemAt(result, '$.relations[0].time').message).to.equal('must be an object, not a list');
    expect(problemAt(result, '$.evidence[0].start').message).to.contain('must be a finite number');
    expect(problemAt(result, '$.series[0].values[0].approximate').message).to.contain('true or false');
  });

  it('reports bad enum values, naming the allowed ones', () => {
    const input = fresh();
    input.relations[0].certainty = 'rumoured';
    input.entities[0].kind = 'city';
    input.schemaVersion = 2;
    const result = validateDataset(input);
    expect(problemAt(result, '$.relations[0].certainty').message)
      .to.contain('"hypothetical"')
      .and.contain('"rumoured"');
    expect(problemAt(result, '$.entities[0].kind').message).to.contain('"country"');
    expect(problemAt(result, '$.schemaVersion').message).to.contain('must be one of 1');
  });

  it('reports non-http(s) URLs and non-finite numbers', () => {
    const input = fresh();
    input.citations[0].url = 'javascript:alert(1)';
    input.source.url = 'data:text/html,hi';
    input.series[0].values[0].value = Number.NaN;
    input.series[0].total = Number.POSITIVE_INFINITY;
    const result = validateDataset(input);
    expect(problemAt(result, '$.citations[0].url').message).to.contain('http(s) URL');
    expect(problemAt(result, '$.source.url').message).to.contain('http(s) URL');
    expect(problemAt(result, '$.series[0].values[0].value').message).to.contain('finite number');
    expect(problemAt(result, '$.series[0].total').message).to.contain('finite number');
  });

  it('reports duplicate ids in every collection', () => {
    const input = fresh();
    input.entities.push(structuredClone(input.entities[0]));
    input.evidence.push(structuredClone(input.evidence[2]));
    const result = validateDataset(input);
    const last = input.entities.length - 1;
    expect(problemAt(result, `$.entities[${last}].id`).message).to.equal(
      `repeats the id "${input.entities[0].id}" of $.entities[0]`,
    );
    expect(problemAt(result, `$.evidence[${input.evidence.length - 1}].id`).message).to.contain(
      'repeats the id',
    );
  });

  it('reports dangling evidence and citation ids as problems', () => {
    const input = fresh();
    input.relations[0].evidence = ['ev-nowhere'];
    const cited = input.entities.findIndex((e: Entity) => e.citations?.length);
    input.entities[cited].citations = ['cite-nowhere'];
    const result = validateDataset(input);
    expect(problemAt(result, '$.relations[0].evidence[0]').message).to.contain('"ev-nowhere"');
    expect(problemAt(result, `$.entities[${cited}].citations[0]`).message).to.contain('"cite-nowhere"');
  });

  it('leaves out a relation with a dangling end and warns, naming the id', () => {
    const input = fresh();
    const dropped = input.relations[2].id;
    input.relations[2].target = 'atlantis';
    input.series[0].values[0].entity = 'prc';
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [relation, series] = result.warnings;
    expect(relation.path).to.equal('$.relations[2].target');
    expect(relation.message).to.contain('"atlantis"').and.contain(`"${dropped}"`);
    expect(series.path).to.equal('$.series[0].values[0].entity');
    expect(result.dataset.relations.map((r) => r.id)).not.to.include(dropped);
    expect(result.dataset.relations.length).to.equal(input.relations.length - 1);
    expect(result.dataset.series[0].values[0]).not.to.have.property('entity');
    expect(result.dataset.series[0].values[0].value).to.equal(80);
  });

  it('ignores __proto__ and constructor keys and never touches a prototype', () => {
    const text = JSON.stringify(data).replace(
      '"entities":[{',
      '"entities":[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},',
    );
    const input = JSON.parse(`{"__proto__":{"polluted":1},${text.slice(1)}`);
    const result = validateDataset(input);
    expect(({} as any).polluted).to.equal(undefined);
    expect((Object.prototype as any).polluted).to.equal(undefined);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.path)).to.include.members([
      '$.__proto__',
      '$.entities[0].__proto__',
      '$.entities[0].constructor',
    ]);
    const entity = result.dataset.entities[0];
    expect(Object.getPrototypeOf(entity)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(result.dataset)).to.equal(Object.prototype);
    expect(Object.keys(entity)).not.to.include('__proto__');
    expect((entity as any).polluted).to.equal(undefined);
    expect(Object.hasOwn(result.dataset, '__proto__')).to.equal(false);
  });

  it('reports 5 MB strings without echoing them', () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const input = fresh();
    input.entities[0].name = huge;
    input.evidence[0].quote = huge;
    input.relations[0].certainty = huge;
    const result = validateDataset(input);
    expect(problemAt(result, '$.entities[0].name').message).to.equal(
      'is 5242880 characters long; at most 10000 are allowed',
    );
    expect(problemAt(result, '$.evidence[0].quote').message).to.contain('at most 100000');
    expect(problemAt(result, '$.relations[0].certainty').message).to.have.length.lessThan(200);
    expect(formatProblems(problems(result))).to.have.length.lessThan(2000);
  });

  for (const [label, value] of [
    ['an array', []],
    ['null', null],
    ['a number', 42],
    ['a string', 'dataset'],
    ['a boolean', true],
    ['undefined', undefined],
  ] as const) {
    it(`reports a top level that is ${label} at $`, () => {
      const found = problems(validateDataset(value));
      expect(found).to.have.length(1);
      expect(found[0].path).to.equal('$');
      expect(found[0].message).to.match(/^must be an object, not /);
    });
  }

  it('never throws, even on a value whose getters throw', () => {
    const hostile = fresh();
    Object.defineProperty(hostile, 'entities', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateDataset(hostile);
    expect(problemAt(result, '$').message).to.contain('could not be read');
  });

  it('returns every problem, not just the first', () => {
    const input = fresh();
    delete input.title;
    input.entities[0].kind = 'city';
    input.relations[1].label = '';
    input.citations[0].url = 'ftp://x';
    const paths = problems(validateDataset(input)).map((p) => p.path);
    expect(paths).to.include.members([
      '$.title',
      '$.entities[0].kind',
      '$.relations[1].label',
      '$.citations[0].url',
    ]);
  });
});

describe('formatProblems', () => {
  it('puts each problem as "path: message" and counts what it leaves out', () => {
    const list = Array.from({ length: 12 }, (_, i) => ({ path: `$.a[${i}]`, message: 'is wrong' }));
    expect(formatProblems(list.slice(0, 2))).to.equal('$.a[0]: is wrong; $.a[1]: is wrong');
    expect(formatProblems(list)).to.match(/\$\.a\[9\]: is wrong; and 2 more$/);
  });
});

/*
 * types.ts and data/dataset.schema.json must agree. Each `Fields<T>` below is checked by the
 * compiler against types.ts (every key present, 1 = required, 0 = optional), and compared at
 * run time with the schema. Change types.ts and `npm run typecheck` fails here; change the
 * schema and this test fails.
 */
type Fields<T> = { [K in keyof T]-?: object extends Pick<T, K> ? 0 : 1 };
const FIELDS: Record<string, Record<string, 0 | 1>> = {
  Dataset: {
    $schema: 0,
    schemaVersion: 1,
    id: 1,
    title: 1,
    offsetUnit: 1,
    source: 1,
    entities: 1,
    relations: 1,
    series: 1,
    evidence: 1,
    citations: 1,
  } satisfies Fields<Dataset>,
  SourceInfo: {
    name: 1,
    title: 1,
    byline: 1,
    date: 1,
    url: 1,
    language: 1,
    sha256: 1,
    sentenceCount: 1,
  } satisfies Fields<SourceInfo>,
  DateValue: { value: 1, estimated: 1 } satisfies Fields<DateValue>,
  Evidence: { id: 1, quote: 1, sentence: 1, start: 1, end: 1, subhead: 1 } satisfies Fields<Evidence>,
  Citation: { id: 1, title: 1, url: 1, publisher: 0, accessed: 1 } satisfies Fields<Citation>,
  Entity: {
    id: 1,
    kind: 1,
    name: 1,
    shortName: 0,
    iso3: 0,
    isoNumeric: 0,
    iso2: 0,
    role: 0,
    affiliation: 0,
    aliases: 0,
    basis: 1,
    certainty: 1,
    evidence: 1,
    citations: 0,
  } satisfies Fields<Entity>,
  Relation: {
    id: 1,
    type: 1,
    source: 1,
    target: 1,
    label: 1,
    certainty: 1,
    basis: 1,
    status: 0,
    time: 0,
    evidence: 1,
    citations: 0,
    note: 0,
  } satisfies Fields<Relation>,
  RelationTime: { start: 0, end: 0, text: 0 } satisfies Fields<NonNullable<Relation['time']>>,
  SeriesValue: {
    entity: 0,
    label: 1,
    value: 1,
    approximate: 1,
    remainder: 0,
    certainty: 1,
    basis: 1,
    evidence: 1,
  } satisfies Fields<SeriesValue>,
  Series: { id: 1, title: 1, measure: 1, of: 0, unit: 1, total: 1, values: 1 } satisfies Fields<Series>,
};
/** Every member of each union, checked exhaustive by the compiler (a Record needs every key). */
const ENUMS: Record<string, { list: readonly string[]; all: Record<string, true> }> = {
  Certainty: {
    list: CERTAINTIES,
    all: {
      asserted: true,
      reported: true,
      opinion: true,
      predicted: true,
      hypothetical: true,
    } satisfies Record<Certainty, true>,
  },
  Basis: { list: BASES, all: { article: true, outside: true, computed: true } satisfies Record<Basis, true> },
  EntityKind: {
    list: ENTITY_KINDS,
    all: { country: true, person: true, organisation: true, place: true } satisfies Record<EntityKind, true>,
  },
  RelationType: {
    list: RELATION_TYPES,
    all: {
      alliance: true,
      'arms-supply': true,
      'military-operation': true,
      attack: true,
      seizure: true,
      membership: true,
      exile: true,
      'oil-purchase': true,
      'oil-export': true,
      sanctions: true,
      contact: true,
      support: true,
      cooperation: true,
      conflict: true,
      leadership: true,
    } satisfies Record<RelationType, true>,
  },
  RelationStatus: {
    list: RELATION_STATUSES,
    all: { active: true, frozen: true, former: true, invited: true } satisfies Record<RelationStatus, true>,
  },
};
const OFFSET_UNITS = { codepoint: true, utf16: true } satisfies Record<Dataset['offsetUnit'], true>;

describe('types.ts and data/dataset.schema.json agree', () => {
  let schema: any;
  before(async () => {
    const response = await fetch('/data/dataset.schema.json');
    expect(response.ok, 'the test server serves the repository root').to.equal(true);
    schema = await response.json();
  });

  const definition = (name: string): any =>
    name === 'Dataset'
      ? schema
      : name === 'RelationTime'
        ? schema.$defs.Relation.properties.time
        : schema.$defs[name];

  for (const [name, fields] of Object.entries(FIELDS)) {
    it(`${name}: the same fields, the same required ones`, () => {
      const def = definition(name);
      expect(def, `schema definition ${name}`).to.be.an('object');
      expect(Object.keys(def.properties).sort()).to.deep.equal(Object.keys(fields).sort());
      const required = Object.keys(fields).filter((k) => fields[k] === 1);
      expect([...(def.required ?? [])].sort()).to.deep.equal(required.sort());
      expect(def.additionalProperties).to.equal(false);
    });
  }

  for (const [name, { list, all }] of Object.entries(ENUMS)) {
    it(`${name}: the same values in the schema, the exported list and the type`, () => {
      expect(schema.$defs[name].enum).to.deep.equal([...list]);
      expect([...list].sort()).to.deep.equal(Object.keys(all).sort());
    });
  }

  it('offsetUnit, schemaVersion and unit: the same values', () => {
    expect([...schema.properties.offsetUnit.enum].sort()).to.deep.equal(Object.keys(OFFSET_UNITS).sort());
    expect(schema.properties.schemaVersion.const).to.equal(1 satisfies Dataset['schemaVersion']);
    expect(schema.$defs.Series.properties.unit.const).to.equal('percent' satisfies Series['unit']);
  });

  it('the default dataset fits the schema at the top level', () => {
    expect(Object.keys(data).every((k) => k in schema.properties)).to.equal(true);
  });
});
