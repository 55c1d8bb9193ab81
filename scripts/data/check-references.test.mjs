import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReferences } from '../../packages/nutgraf/cli/derive/check-references.mjs';
import { inputs, buildError, file } from './fixtures.mjs';

test('a dangling relation end fails the build, naming the id', () => {
  const input = inputs();
  const relation = file(input, 'data/annotations/relations.json').relations.find(
    (/** @type {any} */ r) => r.id === 'assad-russia-exile',
  );
  relation.target = 'moscow';
  assert.match(
    buildError(input),
    /relations\[\d+\] \(assad-russia-exile\): target "moscow" is not an entity/,
  );
});

test('a duplicate entity id fails the build', () => {
  const input = inputs();
  const entities = file(input, 'data/annotations/entities.json').entities;
  entities.push({ ...entities.find((/** @type {any} */ e) => e.id === 'iran') });
  assert.match(buildError(input), /duplicate id "iran"/);
});

test('an entity defined both in the annotations and in outside knowledge is a duplicate', () => {
  const input = inputs();
  const china = file(input, 'data/annotations/entities.json').entities.find(
    (/** @type {any} */ e) => e.id === 'china',
  );
  file(input, 'data/outside/brics.json').entities.push({
    ...china,
    basis: 'outside',
    evidence: [],
    citations: ['cite-brics'],
  });
  assert.match(buildError(input), /duplicate id "china"/);
});

test('unknown affiliation, series entity and citation ids fail', () => {
  const input = inputs();
  file(input, 'data/annotations/entities.json').entities.find(
    (/** @type {any} */ e) => e.id === 'lavrov',
  ).affiliation = 'kremlin';
  file(input, 'data/annotations/series.json').series[0].values[0].entity = 'prc';
  file(input, 'data/outside/csto.json').relations[0].citations = ['cite-nowhere'];
  const message = buildError(input);
  assert.match(message, /affiliation "kremlin" is not an entity/);
  assert.match(message, /entity "prc" is not an entity/);
  assert.match(message, /unknown citation id "cite-nowhere"/);
});

test('checkReferences reports dangling evidence ids and unused citations', () => {
  const problems = checkReferences({
    entities: [{ id: 'a', kind: 'country', evidence: ['ev-missing'] }],
    relations: [],
    series: [],
    evidence: [],
    citations: [{ id: 'cite-unused' }],
  });
  assert.deepEqual(
    problems.map((p) => p.message),
    ['unknown evidence id "ev-missing"', 'citation "cite-unused" is never used'],
  );
});

test('outside knowledge must stay in data/outside with basis "outside"', () => {
  const input = inputs();
  file(input, 'data/outside/brics.json').relations[0].basis = 'article';
  file(input, 'data/annotations/relations.json').relations[0].basis = 'outside';
  const message = buildError(input);
  assert.match(message, /items in data\/outside\/ must have basis "outside"/);
  assert.match(message, /outside knowledge belongs in data\/outside\//);
});
