// References between items are checked by the dataset model's own validator
// (@nutgraf/core/dataset); the build names the annotation file and item of each problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inputs, buildError, file } from './fixtures.mjs';

test('a dangling relation end fails the build, naming the annotation and the field', () => {
  const input = inputs();
  const relation = file(input, 'data/annotations/relations.json').relations.find(
    (/** @type {any} */ r) => r.id === 'assad-russia-exile',
  );
  relation.target = 'moscow';
  assert.match(
    buildError(input),
    /data\/annotations\/relations\.json relations\[\d+\] \(assad-russia-exile\)\.target: names "moscow", which is not an entity/,
  );
});

test('a relation type the vocabulary does not declare fails, at the relation’s type', () => {
  const input = inputs();
  const relations = file(input, 'data/annotations/relations.json').relations;
  relations[0].type = 'friends';
  assert.match(
    buildError(input),
    /relations\.json relations\[0\] \(russia-iran-alliance\)\.type: names "friends", which is not in \$\.relationTypes/,
  );
});

test('a relation type with a wrong field fails at its path in vocabulary.json', () => {
  const input = inputs();
  const types = file(input, 'data/annotations/vocabulary.json').relationTypes;
  types[1].direction = 'sideways';
  types[2].color = 9;
  const message = buildError(input);
  assert.match(
    message,
    /vocabulary\.json relationTypes\[1\] \(arms-supply\)\.direction: must be one of .*forward.*backward.*none.*, not "sideways"/,
  );
  assert.match(message, /vocabulary\.json relationTypes\[2\] \(attack\)\.color: must be 7 or less, not 9/);
});

test('a duplicate entity id fails the build', () => {
  const input = inputs();
  const entities = file(input, 'data/annotations/entities.json').entities;
  entities.push({ ...entities.find((/** @type {any} */ e) => e.id === 'iran') });
  assert.match(buildError(input), /\.id: repeats the id "iran"/);
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
  assert.match(buildError(input), /repeats the id "china"/);
});

test('unknown affiliation, series entity, speaker and citation ids fail', () => {
  const input = inputs();
  file(input, 'data/annotations/entities.json').entities.find(
    (/** @type {any} */ e) => e.id === 'lavrov',
  ).affiliation = 'kremlin';
  file(input, 'data/annotations/series.json').series[0].values[0].entity = 'prc';
  file(input, 'data/annotations/relations.json').relations.find(
    (/** @type {any} */ r) => r.id === 'russia-iran-cooperation',
  ).attribution.speaker = 'sergey-lavrov';
  file(input, 'data/outside/csto.json').relations[0].citations = ['cite-nowhere'];
  const message = buildError(input);
  assert.match(message, /\(lavrov\)\.affiliation: names "kremlin", which is not an entity/);
  assert.match(message, /values\[0\]\.entity: names "prc", which is not an entity/);
  assert.match(message, /\(russia-iran-cooperation\)\.attribution\.speaker: names "sergey-lavrov"/);
  assert.match(message, /citations\[0\]: names "cite-nowhere", which is not in \$\.citations/);
});

test('a grouping and the presentation must name what exists', () => {
  const input = inputs();
  file(input, 'data/annotations/vocabulary.json').groupings[0].from.type = 'member';
  const presentation = file(input, 'data/annotations/presentation.json').presentation;
  presentation.map.arcs.push('pipeline');
  presentation.share.series = 'gas-shares';
  const message = buildError(input);
  assert.match(
    message,
    /groupings\[0\] \(brics\)\.from\.type: names "member", which is not in \$\.relationTypes/,
  );
  assert.match(message, /\.map\.arcs\[6\]: names "pipeline", which is not in \$\.relationTypes/);
  assert.match(message, /\.share\.series: names "gas-shares", which is not a series/);
});

test('every citation is used', () => {
  const input = inputs();
  file(input, 'data/outside/iso-3166.json').citations.push({
    id: 'cite-unused',
    title: 'Unused',
    url: 'https://example.org/',
    accessed: '2026-01-01',
  });
  assert.match(buildError(input), /citations\[\d+\] \(cite-unused\): "cite-unused" is never used/);
});

test('outside knowledge must stay in data/outside with basis "outside"', () => {
  const input = inputs();
  file(input, 'data/outside/brics.json').relations[0].basis = 'article';
  file(input, 'data/annotations/relations.json').relations[0].basis = 'outside';
  const message = buildError(input);
  assert.match(message, /items in data\/outside\/ must have basis "outside"/);
  assert.match(message, /outside knowledge belongs in data\/outside\//);
});
