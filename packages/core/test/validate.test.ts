import { expect } from '@open-wc/testing';
import type { Entity } from '../src/dataset/types.js';
import { migrateDataset } from '../src/dataset/migrate.js';
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

  it('never changes its input, even where it repairs it', () => {
    const input = fresh();
    input.relations[0].target = 'atlantis';
    input.relations[1].attribution = { speaker: 'nobody', mode: 'quote' };
    input.entities[0].affiliation = 'nowhere';
    input.entities[1].attribution = { speaker: 'nobody' };
    input.entities[2].unknown = 1;
    const before = JSON.stringify(input);
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    expect(JSON.stringify(input)).to.equal(before);
    if (!result.ok) return;
    const { entities, relations } = result.dataset;
    // The repaired items are copies, without what named nothing.
    expect(entities[0]).not.to.equal(input.entities[0]);
    expect(entities[0]).not.to.have.property('affiliation');
    expect(entities[1]!.attribution).to.deep.equal({});
    expect(relations.find((r) => r.id === input.relations[1].id)!.attribution).to.deep.equal({
      mode: 'quote',
    });
    expect(relations.some((r) => r.id === input.relations[0].id)).to.equal(false);
    // One with an unknown field is a copy without it.
    expect(entities[2]).to.deep.equal(Object.fromEntries(Object.entries(input.entities[2]).slice(0, -1)));
  });

  it('keeps the entities and relations with nothing unknown in them as given; the rest it copies', () => {
    const input = fresh();
    const result = validateDataset(input);
    if (!result.ok) throw new Error('not ok');
    const { dataset } = result;
    expect(dataset.entities.every((e, i) => e === input.entities[i])).to.equal(true);
    expect(dataset.relations.every((r, i) => r === input.relations[i])).to.equal(true);
    expect(dataset).not.to.equal(input);
    expect(dataset.evidence[0]).not.to.equal(input.evidence[0]);
    expect(dataset.evidence).to.deep.equal(input.evidence);
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
    expect(problemAt(result, '$.entities[0].name').message).to.equal('must be text, not 42');
    expect(problemAt(result, '$.entities[1].evidence').message).to.equal('must be a list, not text');
    expect(problemAt(result, '$.relations[0].time').message).to.equal('must be an object, not a list');
    expect(problemAt(result, '$.evidence[0].start').message).to.contain('must be a finite number');
    expect(problemAt(result, '$.series[0].values[0].approximate').message).to.contain('true or false');
  });

  it('reports bad enum values, naming the allowed ones', () => {
    const input = fresh();
    input.relations[0].certainty = 'rumoured';
    input.entities[0].kind = 'city';
    input.schemaVersion = 3;
    const result = validateDataset(input);
    expect(problemAt(result, '$.relations[0].certainty').message)
      .to.contain('"hypothetical"')
      .and.contain('"rumoured"');
    expect(problemAt(result, '$.entities[0].kind').message).to.contain('"country"');
    expect(problemAt(result, '$.schemaVersion').message).to.contain('must be one of 2');
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

  it('reports a repeated relation id, and tells apart ids whose hashes are the same', () => {
    // Relations' repeats are found by the ids' hashes (references.ts): "costarring" and "liquid"
    // share a 32-bit FNV-1a hash, and are two ids.
    const input = fresh();
    input.relations[0].id = 'costarring';
    input.relations[1].id = 'liquid';
    input.relations.push({ ...structuredClone(input.relations[1]) });
    const result = validateDataset(input);
    const last = input.relations.length - 1;
    expect(problemAt(result, `$.relations[${last}].id`).message).to.equal(
      'repeats the id "liquid" of $.relations[1]',
    );
    const ids = problems(result).filter((p) => /^\$\.relations\[\d+\]\.id$/.test(p.path));
    expect(ids.map((p) => p.path)).to.deep.equal([`$.relations[${last}].id`]);
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
    input.relations[1].type = '';
    input.citations[0].url = 'ftp://x';
    const paths = problems(validateDataset(input)).map((p) => p.path);
    expect(paths).to.include.members([
      '$.title',
      '$.entities[0].kind',
      '$.relations[1].type',
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

/** A small version-1 dataset, as files of that version were written. */
const version1 = (): any => ({
  schemaVersion: 1,
  id: 'v1',
  title: 'A version-1 dataset',
  offsetUnit: 'codepoint',
  source: { ...fresh().source },
  entities: [
    { id: 'a', kind: 'country', name: 'A', basis: 'article', certainty: 'asserted', evidence: ['ev-1'] },
    {
      id: 'org',
      kind: 'organisation',
      name: 'The Organisation',
      shortName: 'TO',
      basis: 'article',
      certainty: 'asserted',
      evidence: ['ev-1'],
    },
  ],
  relations: [
    {
      id: 'r1',
      type: 'membership',
      source: 'a',
      target: 'org',
      label: 'is a member of',
      certainty: 'asserted',
      basis: 'article',
      evidence: ['ev-1'],
    },
  ],
  series: [
    {
      id: 's',
      title: 'S',
      measure: 'm',
      unit: 'percent',
      total: 100,
      values: [
        {
          entity: 'a',
          label: 'A',
          value: 60,
          approximate: false,
          certainty: 'asserted',
          basis: 'article',
          evidence: ['ev-1'],
        },
        {
          label: 'Rest',
          value: 40,
          approximate: false,
          remainder: true,
          certainty: 'asserted',
          basis: 'computed',
          evidence: [],
        },
      ],
    },
  ],
  evidence: [{ id: 'ev-1', quote: 'A is a member', sentence: 0, start: 0, end: 13, subhead: false }],
  citations: [],
});

describe('validateDataset: version 2', () => {
  it('migrates a version-1 dataset, with a warning that says so', () => {
    const result = validateDataset(version1());
    expect(result.ok, result.ok ? '' : formatProblems(result.problems)).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.deep.equal([
      {
        path: '$.schemaVersion',
        message: 'is 1; the dataset was migrated to version 2 (run `nutgraf migrate` to update the file)',
      },
    ]);
  });

  it('migrates a version-1 dataset to a valid version 2', () => {
    const result = validateDataset(migrateDataset(version1()));
    expect(result.ok, result.ok ? '' : formatProblems(result.problems)).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.deep.equal([]);
    const d = result.dataset;
    expect(d.schemaVersion).to.equal(2);
    expect(d.relationTypes).to.deep.equal([
      { id: 'membership', label: 'Membership', verb: 'is a member of', direction: 'forward' },
    ]);
    expect(d.groupings).to.deep.equal([
      { id: 'org', label: 'TO', from: { type: 'membership', target: 'org' } },
    ]);
    expect(d.series[0].values[1].remainder).to.equal('unspecified');
    expect(d.evidence[0].selector).to.deep.equal({
      type: 'TextQuoteSelector',
      exact: 'A is a member',
      prefix: '',
      suffix: '',
    });
  });

  it('migration takes known words for known type ids', () => {
    const out: any = migrateDataset(version1(), {
      membership: { label: 'Members', verb: 'belongs to', direction: 'none' },
    });
    expect(out.relationTypes[0]).to.deep.equal({
      id: 'membership',
      label: 'Members',
      verb: 'belongs to',
      direction: 'none',
    });
    expect(migrateDataset(fresh())).to.deep.equal(fresh());
  });

  it('derives a relation type that is not declared, with a warning naming it', () => {
    const input = fresh();
    input.relations[0].type = 'board-seat';
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const warning = result.warnings.find((w) => w.path === '$.relations[0].type');
    expect(warning?.message).to.contain('"board-seat"').and.contain('$.relationTypes');
    expect(result.dataset.relationTypes.find((t) => t.id === 'board-seat')).to.include({
      label: 'board-seat',
      direction: 'none',
    });
  });

  it('draws a dataset without relationTypes or groupings: both default to empty, types derived', () => {
    const input = fresh();
    delete input.relationTypes;
    delete input.groupings;
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.groupings).to.deep.equal([]);
    const used = new Set(input.relations.map((r: any) => r.type));
    expect(result.dataset.relationTypes.map((t) => t.id).sort()).to.deep.equal([...used].sort());
  });

  it('refuses a colour slot outside the palette, at its path', () => {
    const input = fresh();
    input.relationTypes[0].color = 9;
    input.relationTypes[1].color = 0;
    input.relationTypes[2].color = 1.5;
    const result = validateDataset(input);
    expect(problemAt(result, '$.relationTypes[0].color').message).to.equal('must be 7 or less, not 9');
    expect(problemAt(result, '$.relationTypes[1].color').message).to.equal('must be 1 or more, not 0');
    expect(problemAt(result, '$.relationTypes[2].color').message).to.equal('must be a whole number, not 1.5');
  });

  it('refuses a share inside a share that loops, naming the series', () => {
    const input = fresh();
    const a = structuredClone(input.series[0]);
    const b = structuredClone(input.series[0]);
    a.id = 'loop-a';
    b.id = 'loop-b';
    a.within = { series: 'loop-b', entity: a.values[0].entity };
    b.within = { series: 'loop-a', entity: a.values[0].entity };
    input.series.push(a, b);
    const result = validateDataset(input);
    const at = input.series.length - 2;
    expect(problemAt(result, `$.series[${at}].within`).message).to.contain('cannot contain itself');
  });

  it('drops a speaker that is not an entity, keeping the claim', () => {
    const input = fresh();
    input.relations[0].attribution = { speaker: 'nobody', mode: 'quote' };
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings.find((w) => w.path === '$.relations[0].attribution.speaker')?.message).to.contain(
      '"nobody"',
    );
    expect(result.dataset.relations[0].attribution).to.deep.equal({ mode: 'quote' });
  });

  it('refuses a selector whose exact text is not its quote', () => {
    const input = fresh();
    input.evidence[1].selector.exact = 'something else';
    expect(problemAt(validateDataset(input), '$.evidence[1].selector.exact').message).to.equal(
      'differs from the quote it selects',
    );
  });

  it('warns of an unknown field and of presentation choices that name nothing', () => {
    const input = fresh();
    input.relations[0].polarty = 'negative';
    input.presentation = { share: { series: 'nothing' }, map: { arcs: ['nope'], grouping: 'none' } };
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const paths = result.warnings.map((w) => w.path);
    expect(paths).to.include.members([
      '$.relations[0].polarty',
      '$.presentation.share.series',
      '$.presentation.map.arcs[0]',
      '$.presentation.map.grouping',
    ]);
    expect(result.dataset.presentation?.map?.arcs).to.deep.equal([]);
  });

  it('accepts any unit, no total, a stated remainder and a negative, attributed claim', () => {
    const input = fresh();
    input.series[0].unit = 'bcm';
    input.series[0].unitName = 'billion cubic metres';
    delete input.series[0].total;
    input.series[0].values[0].remainder = 'stated';
    input.relations[0].polarity = 'negative';
    input.relations[0].attribution = { description: 'some reports', mode: 'paraphrase' };
    const result = validateDataset(input);
    expect(result.ok, result.ok ? '' : formatProblems(result.problems)).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.series[0]).not.to.have.property('total');
    expect(result.dataset.relations[0].polarity).to.equal('negative');
  });
});
