// The build and `nutgraf check` use the one definition of the dataset model: no copy of
// the schema or of a validator lives in the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '@nutgraf/core/dataset';
import { ROOT } from './build-dataset.mjs';
import { inputs, assemble, buildError, file } from './fixtures.mjs';

test('the built dataset passes the model’s validator with no problem and no warning', () => {
  const result = validateDataset(structuredClone(assemble(inputs()).dataset));
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok ? result.warnings : result, []);
});

test('the CLI holds no JSON Schema, no schema validator and no ajv', () => {
  const cli = join(ROOT, 'packages/cli/src');
  const files = readdirSync(cli, { recursive: true }).map(String);
  assert.ok(files.includes('derive/assemble-dataset.ts'), 'the CLI sources are where this test looks');
  assert.deepEqual(
    files.filter((f) => f.endsWith('.json')),
    [],
  );
  for (const f of files.filter((name) => name.endsWith('.ts')))
    assert.doesNotMatch(readFileSync(join(cli, f), 'utf8'), /from 'ajv|require\('ajv/, f);
  for (const name of ['cli', 'nutgraf']) {
    const pkg = JSON.parse(readFileSync(join(ROOT, `packages/${name}/package.json`), 'utf8'));
    assert.equal(pkg.dependencies.ajv, undefined, name);
  }
  assert.equal(existsSync(join(cli, 'derive/check-references.ts')), false);
});

test('an unknown field in an annotation fails, naming the fields the model has', () => {
  const input = inputs();
  file(input, 'data/annotations/entities.json').entities[0].colour = 'red';
  assert.match(
    buildError(input),
    /entities\.json entities\[0\] \(russia\): unknown field "colour" \(allowed: id, kind, name, shortName, iso3, isoNumeric, iso2, role, affiliation, location, aliases, certainty, basis, attribution, evidence, citations\)/,
  );
});

test('a value outside the model’s lists is reported at the annotation’s field', () => {
  const input = inputs();
  const relations = file(input, 'data/annotations/relations.json').relations;
  relations[0].certainty = 'rumoured';
  relations[1].polarity = 'no';
  file(input, 'data/annotations/entities.json').entities[0].kind = 'city';
  const message = buildError(input);
  assert.match(
    message,
    /\(russia-iran-alliance\)\.certainty: must be one of .*asserted.*hypothetical.*, not "rumoured"/,
  );
  assert.match(
    message,
    /relations\[1\] \([a-z-]+\)\.polarity: must be one of .*positive.*negative.*, not "no"/,
  );
  assert.match(message, /entities\[0\] \(russia\)\.kind: must be one of .*country.*company.*, not "city"/);
});

test('a citation url must be http(s)', () => {
  for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'example.org']) {
    const input = inputs();
    file(input, 'data/outside/iso-3166.json').citations[0].url = url;
    assert.match(buildError(input), /\(cite-iso-3166-1\)\.url: must be an http\(s\) URL/, url);
  }
});

test('the dataset id and title come from exactly one file', () => {
  const input = inputs();
  file(input, 'data/annotations/vocabulary.json').dataset = { id: 'x', title: 'X' };
  assert.match(buildError(input), /the dataset id and title are given in more than one file/);
  const none = inputs();
  delete file(none, 'data/annotations/meta.json').dataset;
  assert.match(buildError(none), /no file gives the dataset id and title/);
});
